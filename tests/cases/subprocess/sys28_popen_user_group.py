import os, pwd, subprocess, sys

def ids(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw).stdout.split()

if os.geteuid() == 0:
    print(ids(["id", "-u"], user=65534), ids(["id", "-g"], group=65534))
    print(ids(["id", "-G"], extra_groups=[5, 6], group=7))
    print(ids(["id", "-G"], extra_groups=[]))
    nobody = pwd.getpwnam("nobody")
    print(ids(["id", "-u"], user="nobody") == [str(nobody.pw_uid)])
    sys.stdout.flush()
    # preexec_fn runs after the switch, as in CPython
    subprocess.run(["true"], user=65534, group=65534,
                   preexec_fn=lambda: os.write(1, b"preexec as %d:%d\n" % (os.getuid(), os.getgid())))
else:
    print("not root")

for kw in [dict(user=-1), dict(group=-2), dict(extra_groups=[-3]), dict(user=1.5),
           dict(group=[1]), dict(extra_groups=[1.5]), dict(extra_groups=5),
           dict(user="no-such-user-xyz"), dict(group="no-such-group-xyz"),
           dict(extra_groups=["no-such-group-xyz"])]:
    try:
        subprocess.run(["true"], **kw)
    except Exception as e:
        print(type(e).__name__, e)
