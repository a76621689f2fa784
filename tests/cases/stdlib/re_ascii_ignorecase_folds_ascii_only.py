import re
for p,s in [('(?ia)é','É'),('(?ia)[é]','É'),('(?ia)[^a-z]','A'),('(?ia)[^a-z]','K'),('(?ia)[a-z]','K'),('(?ia)[^k]','\u212a'),('(?ia)[k]','\u212a'),('(?ia)[\w]','\u212a'),('(?ia)\w','\u212a'), ('(?a)(?i:s)', 'ſ'), ('(?i)(?a:s)','ſ'),('(?ia)[Z-a]','z'),('(?ia)[Z-a]','_'),('(?ia)[Z-a]','A'),('(?ia)[^Z-a]','A'),
  ('(?ia)k', 'K'), ('(?ia)K+', 'kKk'), ('(?i)k', '\u212a'), ('(?ia)hello', 'HeLLo'), ('(?ia)[a-c]+', 'AbC'), ('(?ia)[^a-c]+', 'AbCd'), ('(?ia)s', 'ſ'), ('(?ia)(?-i:s)', 'S'), ('(?ia)[x-~]+', 'XYz{~'),
  ('[a-z]+', 'ſ'), ('(?i)straße', 'STRASSE'), ('(?i)ÉTÉ', 'été'), ('(?ia)ÉTÉ', 'été'), ('(?ia)ÉTÉ', 'ÉtÉ')]:
    print(p, ascii(s), re.search(p, s))
print(re.findall(r'[a-z]+', 'Kelvin \u212a and ſtraße', re.I | re.A))
print(re.findall(r'[a-z]+', 'Kelvin \u212a and ſtraße', re.I))
print(re.sub('(?ia)k', '_', 'kK\u212a'), re.sub('(?i)k', '_', 'kK\u212a'))
print(re.compile('[a-z]', re.I|re.A))
print(__import__('re').search(r'(?ia)\W', '\u212a'))
