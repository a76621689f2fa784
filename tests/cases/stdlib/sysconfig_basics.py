# sysconfig: platform tag, version, schemes and the shape of their paths (relative
# to the install's prefix so the output does not depend on where Python lives).
import io
import os
import sys
import sysconfig

print(sysconfig.get_platform())
print(sysconfig.get_python_version())
print(sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user"),
      sysconfig.get_preferred_scheme("home"))
print(sysconfig.get_scheme_names())
print(sysconfig.get_path_names())

paths = sysconfig.get_paths()
print(list(paths))
base = sysconfig.get_config_var("base")
for name, path in paths.items():
    print(f"  {name:12} {os.path.relpath(path, base)}")
print(sysconfig.get_paths(expand=False)["purelib"])
print(sysconfig.get_path("scripts") == os.path.join(base, "bin"))

home = sysconfig.get_paths("posix_home", vars={"base": "/opt/app", "installed_base": "/opt/app"})
print(home)
user = sysconfig.get_paths("posix_user", vars={"userbase": "/home/u/.local"})
print(user["purelib"], user["scripts"])
print(sysconfig.get_paths("nt", expand=False)["scripts"])
for bad in (lambda: sysconfig.get_paths("nope"), lambda: sysconfig.get_path("nope"),
            lambda: sysconfig.get_preferred_scheme("nope")):
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
print(sysconfig.get_config_var("py_version_short"), sysconfig.get_config_var("py_version_nodot"),
      sysconfig.get_config_var("py_version") == "%d.%d.%d" % sys.version_info[:3])
print(sysconfig.get_config_var("EXT_SUFFIX"), sysconfig.get_config_var("SOABI"))
print(sysconfig.get_config_var("VERSION"), sysconfig.get_config_var("NO_SUCH_VAR"))
print(sysconfig.get_config_vars("VERSION", "nothing", "platlibdir"))
print(sysconfig.get_config_vars() is sysconfig.get_config_vars())
print(sysconfig.is_python_build(), os.path.basename(sysconfig.get_config_h_filename()),
      os.path.basename(sysconfig.get_makefile_filename()))
header = io.StringIO("#define HAVE_FORK 1\n#define VERSION_TEXT \"x\"\n/* #undef HAVE_NOTHING */\n")
print(sysconfig.parse_config_h(header))
print(sysconfig.expand_makefile_vars("$(A)/${B}/c", {"A": "one", "B": "two"}))
