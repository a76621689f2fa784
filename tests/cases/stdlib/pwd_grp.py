# pwd and grp over the system's databases (root's entries), struct_passwd/struct_group,
# and CPython's KeyError/TypeError messages.
import pwd, grp, os
p = pwd.getpwuid(0); print(p, type(p), p.pw_name, p[0], len(p), type(p).__mro__, pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields)
print(grp.getgrgid(0), grp.getgrnam('root').gr_mem, pwd.getpwnam('root').pw_dir)
for f in [lambda: pwd.getpwuid(54321), lambda: pwd.getpwnam('nobodyx'), lambda: grp.getgrgid(54321), lambda: grp.getgrnam('zz'), lambda: pwd.getpwuid('x'), lambda: pwd.getpwnam(1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(len(pwd.getpwall()) > 0, pwd.getpwall()[0], pwd.getpwuid(os.getuid()).pw_name == pwd.getpwall()[[e.pw_uid for e in pwd.getpwall()].index(os.getuid())].pw_name)
name, passwd, uid, gid, gecos, home, shell = pwd.getpwuid(0); print(name, uid, home)
print(grp.getgrall()[0], [g.gr_name for g in grp.getgrall()] == [g[0] for g in grp.getgrall()])
