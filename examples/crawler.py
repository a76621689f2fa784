"""A concurrent web crawler with aiohttp, against a small site this program serves itself.

The crawler starts at the home page, extracts the links of every page it fetches, and
fetches each new page of the same site once. All requests share one ClientSession (and so
its pool of keep-alive connections); an asyncio.Semaphore keeps at most MAX_CONCURRENT
requests in flight. The site is a few lines of asyncio.start_server on 127.0.0.1.
"""
import asyncio
from urllib.parse import urljoin, urldefrag

import aiohttp

MAX_CONCURRENT = 3

# ---- the site: path -> (title, links); each page takes a little while to answer ----
PAGES = {
    '/': ('Home', ['/about', '/blog/', 'https://elsewhere.example/']),
    '/about': ('About us', ['/', '/team']),
    '/team': ('The team', ['/about', '/team#ann', '/missing']),
    '/blog/': ('Blog', ['first', 'second', '../about']),
    '/blog/first': ('First post', ['second', '/']),
    '/blog/second': ('Second post', ['first', 'mailto:editor@example.org']),
}


def render(title, links):
    items = ''.join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    return f'<html><head><title>{title}</title></head><body><ul>{items}</ul></body></html>'


async def serve_page(reader, writer):
    while True:                                    # keep-alive: one request after another
        request_line = await reader.readline()
        if not request_line:
            break
        while (await reader.readline()) not in (b'\r\n', b''):
            pass
        path = request_line.decode().split()[1]
        await asyncio.sleep(0.02)
        if path in PAGES:
            status, body = '200 OK', render(*PAGES[path])
        else:
            status, body = '404 Not Found', 'no such page'
        data = body.encode()
        writer.write(f'HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n'
                     f'Content-Length: {len(data)}\r\n\r\n'.encode() + data)
        await writer.drain()
    writer.close()


# ---- the crawler ----
def extract(html, tag_start, tag_end):
    """Every text between tag_start and tag_end, in order (enough for this site's HTML)."""
    found, pos = [], 0
    while (start := html.find(tag_start, pos)) != -1:
        start += len(tag_start)
        end = html.find(tag_end, start)
        found.append(html[start:end])
        pos = end
    return found


class Crawler:
    def __init__(self, session, root):
        self.session = session
        self.root = root
        self.limit = asyncio.Semaphore(MAX_CONCURRENT)
        self.seen = {root}
        self.results = {}
        self.in_flight = 0
        self.peak = 0

    def same_site(self, url):
        return url.startswith(self.root)

    async def fetch(self, url):
        async with self.limit:                    # at most MAX_CONCURRENT requests at once
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            try:
                async with self.session.get(url) as resp:
                    if resp.status != 200:
                        return resp.status, None, []
                    html = await resp.text()
            finally:
                self.in_flight -= 1
        title = extract(html, '<title>', '</title>')[0]
        links = [urldefrag(urljoin(url, href)).url for href in extract(html, 'href="', '"')]
        return 200, title, links

    async def crawl(self, url):
        status, title, links = await self.fetch(url)
        self.results[url] = (status, title)
        new = [link for link in links if self.same_site(link) and link not in self.seen]
        self.seen.update(new)
        await asyncio.gather(*(self.crawl(link) for link in new))


async def main():
    server = await asyncio.start_server(serve_page, '127.0.0.1', 0)
    root = 'http://127.0.0.1:{}/'.format(server.sockets[0].getsockname()[1])
    async with server, aiohttp.ClientSession() as session:
        crawler = Crawler(session, root)
        await crawler.crawl(root)
    for url in sorted(crawler.results):
        status, title = crawler.results[url]
        print(f'{status} /{url[len(root):]:<12} {title}')
    print(f'{len(crawler.results)} pages; never more than {MAX_CONCURRENT} requests at once:',
          crawler.peak <= MAX_CONCURRENT)


asyncio.run(main())
