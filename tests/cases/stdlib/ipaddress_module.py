# ipaddress: parsing and its error messages, IPv6 compression, networks (hosts, subnets,
# supernet, exclusion, collapsing), interfaces, properties and formatting.
import ipaddress as ip
print(list(ip.ip_network('1.2.3.4/32').hosts()), list(ip.ip_network('1.2.3.4/31').hosts()), list(ip.ip_network('10.0.0.0/30').hosts()))
for s in ['01.2.3.4', '1.2.3.a', '1234.1.1.1', '1..2.3', '', '1.2.3', '256.1.1.1', '1.2.3.4.5', '1.2.3.4/8']:
    try: ip.IPv4Address(s)
    except ValueError as e: print(type(e).__name__, e)
for s in ['::1::2', '1:2:3:4:5:6:7:8:9', 'g::1', '12345::', ':1', '1:', '1:2:3:4:5:6:7::8:9', ':1:2::3', '1::2:3:4:5:6:7:8']:
    try: ip.IPv6Address(s)
    except ValueError as e: print(type(e).__name__, e)
for s in ['10.0.0.1/8', '10.0.0.0/33', '10.0.0.0/255.0.255.0', 'x/8', '10.0.0.0/abc', '10.0.0.0/255.0.0.0', '10.0.0.0/0.255.255.255', '::1/129']:
    try: print(repr(ip.ip_network(s)))
    except ValueError as e: print(type(e).__name__, e)
for s in ['x', -1, 2**32, 2**128, '1.2.3.4', 3232235777, b'\x01\x02\x03\x04', '::1', 'fe80::1%eth0']:
    try: print(repr(ip.ip_address(s)))
    except ValueError as e: print(type(e).__name__, e)
n = ip.ip_network('192.168.0.0/24'); print(n.supernet(), list(n.subnets(2)), list(n.subnets(new_prefix=25)), n.with_netmask, n.with_hostmask, n.num_addresses, n[5], n[-1], n.overlaps(ip.ip_network('192.168.0.128/25')), n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.is_private, n.version)
print(ip.ip_address('2001:db8::1').exploded, ip.ip_address('2001:0db8:0:0:1:0:0:1'), ip.ip_address('::ffff:1.2.3.4'), ip.ip_address('::'), ip.ip_address('1:0:0:2:0:0:0:3'), ip.ip_address('fe80::1').is_link_local, ip.ip_address('1::'), ip.ip_address('0:0:1::'))
print(ip.ip_address('::ffff:1.2.3.4').ipv4_mapped, ip.ip_address('1.2.3.4').reverse_pointer, ip.ip_address('::1').reverse_pointer)
a = ip.ip_address('192.168.1.10')
print(a + 5, a - 10, int(a), a.packed, a in n, a in ip.ip_network('192.168.1.0/24'), a.is_private, a.is_global, a.is_loopback, ip.ip_address('8.8.8.8').is_global, ip.ip_address('224.0.0.1').is_multicast, a < ip.ip_address('192.168.1.11'), sorted([ip.ip_address('10.0.0.2'), ip.ip_address('10.0.0.1')]), hash(a) == hash(ip.ip_address('192.168.1.10')))
print(f'{a}', format(a, 'b'), format(a, '#x'), format(a, '_b'), format(ip.ip_address('::1'), 'x'))
i = ip.ip_interface('192.168.1.10/24'); print(repr(i), i.ip, i.network, i.with_prefixlen, i.with_netmask, i.netmask, i == ip.ip_interface('192.168.1.10/24'))
i6 = ip.ip_interface('2001:db8::1/64'); print(repr(i6), i6.network, i6.exploded, ip.ip_network('2001:db8::/32').exploded, ip.ip_network('2001:db8::/126').num_addresses, list(ip.ip_network('2001:db8::/126').hosts()))
print(list(ip.summarize_address_range(ip.ip_address('192.168.0.0'), ip.ip_address('192.168.0.130'))))
print(list(ip.collapse_addresses([ip.ip_network('192.168.0.0/25'), ip.ip_network('192.168.0.128/25'), ip.ip_network('10.0.0.0/24')])))
print(list(n.address_exclude(ip.ip_network('192.168.0.64/26'))), ip.ip_network('10.1.0.0/16').subnet_of(ip.ip_network('10.0.0.0/8')), ip.ip_network('10.0.0.0/8').supernet_of(ip.ip_network('10.1.0.0/16')))
print(ip.ip_network('10.0.0.1/24', strict=False), ip.ip_network(('10.0.0.0', 8)), ip.ip_network((167772160, 8)), ip.IPv4Network('10.0.0.0/255.0.0.0'), [str(x) for x in ip.ip_network('10.0.0.0/30')])
try: ip.ip_address('1.2.3.4') < ip.ip_address('::1')
except TypeError as e: print(e)
try: n[300]
except IndexError as e: print(e)
print(ip.ip_address('100.64.0.1').is_global, ip.ip_address('100.64.0.1').is_private, ip.ip_address('2001:db8::1').is_private, ip.ip_address('::1').is_loopback, ip.ip_address('ff02::1').is_multicast)
