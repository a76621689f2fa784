//! The `corio` command line (argument parsing only; the work is in the library).

// The process entry point is `main` below, not std's wrapper: std's start-up reads
// /proc/self/maps to place a stack-overflow guard for the main thread, which only waits here,
// and that alone cost a fifth of an empty script's start-up. `main` does the rest of what std's
// start-up did that matters to corio.
#![no_main]

use std::process::exit;

const USAGE: &str = "usage: corio [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-i     : inspect interactively after running script (the asyncio REPL)
-m mod : run library module as a script (terminates option list)
-O     : remove assert statements; -OO also removes docstrings
-u     : unbuffered stdout (as PYTHONUNBUFFERED=x)
-W arg : warning control; arg is action:message:category:module:lineno
-X opt : implementation-specific option (sys._xoptions); dev, utf8 and faulthandler are used
-x     : skip the first line of the script
-B -b -d -E -I -q -R -s -S -v : accepted for CPython compatibility; they change nothing here
-h     : print this help message and exit (also -? or --help)
-V     : print the corio version number and exit (also --version)
file   : program read from script file
-      : program read from stdin
arg ...: arguments passed to program in sys.argv[1:]
";

mod allocator;
mod interpreter_stack;

#[global_allocator]
static ALLOCATOR: allocator::Allocator = allocator::Allocator;

/// The C entry point. (`std::env::args` works without std's start-up on Linux: glibc hands
/// the arguments to std's initialiser.)
#[no_mangle]
pub extern "C" fn main(_argc: std::ffi::c_int, _argv: *const *const std::ffi::c_char) -> std::ffi::c_int {
    allocator::configure();
    prepare_process();
    corio_main()
}

/// What std's start-up does that corio relies on: SIGPIPE ignored, so writing to a closed pipe
/// is an EPIPE error (BrokenPipeError, as in CPython) rather than death by signal; and the
/// standard descriptors open, so a file the script opens never becomes its stdout.
fn prepare_process() {
    // SAFETY: plain libc calls on this single thread before any other starts; `signal` with
    // SIG_IGN installs no handler code, and the fcntl/open calls touch only descriptors 0-2.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
        for fd in 0..3 {
            if libc::fcntl(fd, libc::F_GETFD) == -1 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EBADF) {
                if fd == 0 {
                    // CPython's create_stdio: a closed descriptor 0 makes sys.stdin None.
                    corio::modules::std_stdin::mark_closed();
                }
                let null = libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
                if null != fd && null >= 0 {
                    libc::close(null);
                }
            }
        }
    }
}

fn corio_main() -> i32 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The interpreter needs a large stack (see interpreter_stack.rs): this thread switches to
    // one, or, if none can be mapped, hands over to a thread made with one.
    let args = std::cell::Cell::new(Some(args));
    let code = match interpreter_stack::run(|| run(args.take().unwrap_or_default())) {
        Some(code) => code,
        None => run_on_thread(args.take().unwrap_or_default()),
    };
    if code == corio::runner::KEYBOARD_INTERRUPT_EXIT {
        corio::vm::signals::die_by_sigint();
    }
    exit(code);
}

/// The interpreter on a second thread with a large stack, for when this thread cannot have one.
fn run_on_thread(args: Vec<String>) -> i32 {
    // SIGINT is for the interpreter thread only (it unblocks it in `run`); see signals.rs.
    corio::vm::signals::set_sigint_blocked(true);
    let handle = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let code = run(args);
            // The interpreter thread ends the process itself rather than waking the joining
            // thread to do it; a child made by os.fork() has no other thread at all.
            if code == corio::runner::KEYBOARD_INTERRUPT_EXIT {
                corio::vm::signals::die_by_sigint();
            }
            exit(code);
        })
        .expect("spawning the interpreter thread");
    // Signals go to the interpreter thread (and Python threads), never to this waiting one.
    corio::vm::signals::block_in_this_thread();
    // Reached only if the interpreter thread panicked (an engine fault): EX_SOFTWARE.
    let _ = handle.join();
    70
}

/// `-x`: the script's first line (a non-Unix `#!` form) is not read as code.
static SKIP_FIRST_LINE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn run(mut args: Vec<String>) -> i32 {
    corio::vm::signals::set_sigint_blocked(false);
    corio::vm::signals::install_sigint_handler();
    // Flag options before the program, alone or combined (`-u`, `-uB`), as scripts pass them
    // to `sys.executable` for child interpreters. Only -u, -O and -x have an effect: corio writes
    // no bytecode files, reads no PYTHON* variables, has no site or user site directory to skip,
    // no parser debug output (-d, as a release CPython) and a fixed string hash seed (-R); -b
    // (BytesWarning) and -v (import tracing) are accepted without their output.
    let mut warn_options = Vec::new();
    let mut x_options = Vec::new();
    let mut optimize = 0u8;
    loop {
        let Some(first) = args.first() else { break };
        // `-W action:message:category:module:lineno` (or `-Waction...`): a warnings filter.
        if first.starts_with("-W") {
            match take_option_value(&mut args) {
                Some(option) => warn_options.push(option),
                None => return usage_error("Argument expected for the -W option"),
            }
            continue;
        }
        // `-X name[=value]` (or `-Xname`): an implementation option, kept in `sys._xoptions`;
        // as CPython, the next argument is taken whatever it looks like.
        if first.starts_with("-X") {
            match take_option_value(&mut args) {
                Some(option) => x_options.push(option),
                None => return usage_error("Argument expected for the -X option"),
            }
            continue;
        }
        let Some(flags) = first.strip_prefix('-').filter(|f| !f.is_empty() && f.chars().all(|c| "uBEIqsSdRObvx".contains(c))) else { break };
        if flags.contains('u') {
            corio::builtins::io::force_unbuffered();
        }
        // Each O raises the optimization level (`-OO`, `-O -O`).
        optimize = optimize.saturating_add(flags.matches('O').count() as u8);
        if flags.contains('x') {
            SKIP_FIRST_LINE.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        args.remove(0);
    }
    corio::compile::set_optimize(optimize);
    if !x_options.is_empty() {
        corio::modules::sys::set_x_options(x_options);
        if let Some(msg) = corio::modules::sys::invalid_int_max_str_digits() {
            eprintln!("Fatal Python error: {msg}\nPython runtime state: preinitialized\n");
            return 1;
        }
        // matches CPython: development mode acts as a first `-W default`.
        if corio::modules::sys::dev_mode() {
            warn_options.insert(0, "default".to_string());
        }
    }
    if !warn_options.is_empty() {
        corio::modules::sys::set_warn_options(warn_options);
    }
    let Some(first) = args.first() else {
        // matches `python -m asyncio`: sys.argv is [''] and imports resolve from the cwd.
        let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
        let mut vm = corio::runner::new_vm(vec![String::new()], cwd);
        return corio::repl::run(&mut vm, None, corio::repl::Banner::Show);
    };
    match first.as_str() {
        "-h" | "--help" | "-?" => {
            print!("{USAGE}");
            0
        }
        "-V" | "--version" => {
            println!("corio {}", env!("CARGO_PKG_VERSION"));
            0
        }
        "--dis" => {
            // Developer aid: print the bytecode of a file.
            let Some(path) = args.get(1) else { return 2 };
            let Ok(src) = std::fs::read_to_string(path) else { return 2 };
            let opts = corio::compile::CompileOptions { mode: corio::compile::Mode::Exec, allow_top_level_await: false };
            match corio::compile::compile_source(&src, path, &opts) {
                Ok(code) => print!("{}", corio::bytecode::disassemble::disassemble(&code)),
                Err(e) => eprint!("{}", e.render()),
            }
            0
        }
        "--multiprocessing-worker" => {
            // Internal: a process-pool worker (stdlib/multiprocessing/_worker.py), started as
            // `corio --multiprocessing-worker MAIN_FILE SOCKET`; imports resolve beside MAIN_FILE.
            let main_file = args.get(1).cloned().unwrap_or_default();
            let dir = std::path::Path::new(&main_file).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
            let mut vm = corio::runner::new_vm(args[1..].to_vec(), dir);
            corio::runner::run_main(&mut vm, "from multiprocessing import _worker\n_worker.main()\n", "<string>")
        }
        "-c" => {
            let Some(code) = args.get(1) else {
                return usage_error("Argument expected for the -c option");
            };
            let mut argv = vec!["-c".to_string()];
            argv.extend(args[2..].iter().cloned());
            let mut vm = corio::runner::new_vm(argv, String::new());
            corio::runner::run_main(&mut vm, code, "<string>")
        }
        "-m" => {
            let Some(module) = args.get(1) else {
                return usage_error("Argument expected for the -m option");
            };
            // matches CPython: sys.path[0] is the current directory; argv[0] becomes the file.
            let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
            if module == "asyncio" {
                // `python -m asyncio` is the asyncio REPL, which is corio's own REPL.
                let mut vm = corio::runner::new_vm(vec![String::new()], cwd);
                return corio::repl::run(&mut vm, None, corio::repl::Banner::Show);
            }
            let mut vm = corio::runner::new_vm(args[1..].to_vec(), cwd);
            corio::runner::run_module_as_main(&mut vm, module, &program_name())
        }
        "-i" => {
            let Some(path) = args.get(1) else {
                let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
                let mut vm = corio::runner::new_vm(vec![String::new()], cwd);
                return corio::repl::run(&mut vm, None, corio::repl::Banner::Show);
            };
            inspect_file(path, &args[1..])
        }
        "-" => {
            let mut src = String::new();
            if std::io::Read::read_to_string(&mut std::io::stdin(), &mut src).is_err() {
                return 1;
            }
            let mut vm = corio::runner::new_vm(vec!["-".into()], String::new());
            corio::runner::run_main(&mut vm, &src, "<stdin>")
        }
        opt if opt.starts_with('-') && opt.len() > 1 => usage_error(&format!("Unknown option: {opt}")),
        path => run_file(path, &args),
    }
}

/// The interpreter as invoked (CPython prefixes command-line errors with its argv[0]).
fn program_name() -> String {
    std::env::args().next().unwrap_or_else(|| "corio".to_string())
}

/// A command-line usage error: CPython's three-line message, exit status 2.
/// The value of the two-letter option that starts `args` (`-W value` or `-Wvalue`), removed
/// from `args` with the option; None when the option ends the command line. As CPython, the
/// next argument is taken whatever it looks like.
fn take_option_value(args: &mut Vec<String>) -> Option<String> {
    let attached = args[0][2..].to_string();
    if !attached.is_empty() {
        args.remove(0);
        return Some(attached);
    }
    if args.len() < 2 {
        return None;
    }
    args.remove(0);
    Some(args.remove(0))
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("{msg}\nusage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...", program_name());
    eprintln!("Try `corio -h' for more information.");
    2
}

fn run_file(path: &str, args: &[String]) -> i32 {
    match load_script(path, args) {
        Ok((mut vm, source, shown)) => corio::runner::run_main(&mut vm, &source, &shown),
        Err(status) => status,
    }
}

/// `corio -i script.py`: run the script, then the REPL in its namespace (CPython's `-i`
/// enters the prompt even after an uncaught exception).
fn inspect_file(path: &str, args: &[String]) -> i32 {
    match load_script(path, args) {
        Ok((mut vm, source, shown)) => {
            let globals = corio::runner::run_main_then_inspect(&mut vm, &source, &shown);
            corio::repl::run(&mut vm, globals, corio::repl::Banner::Hide)
        }
        Err(status) => status,
    }
}

/// Read a script and make its VM: (vm, source, the file name shown in tracebacks), or the
/// exit status after reporting why the file cannot run.
fn load_script(path: &str, args: &[String]) -> Result<(corio::vm::Vm, String, String), i32> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let abs = std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.into());
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                _ => e.to_string(),
            };
            eprintln!("{}: can't open file '{}': [Errno {errno}] {msg}", program_name(), abs.display());
            return Err(2);
        }
    };
    // matches CPython: sys.path[0] is the script's directory made absolute, so modules
    // imported from it report absolute file names.
    let abs = std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.into());
    let dir = abs.parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let mut vm = corio::runner::new_vm(args.to_vec(), dir);
    // CPython reports the main script by its absolute path (without resolving symlinks).
    let shown = match std::path::Path::new(path).is_absolute() {
        true => path.to_string(),
        false => std::env::current_dir().map(|d| d.join(path).to_string_lossy().into_owned()).unwrap_or_else(|_| path.to_string()),
    };
    let source = match corio::script_text::decode(&mut vm, bytes, &shown) {
        // matches CPython's -x: the first line is skipped, the others keep their numbers.
        Ok(text) if SKIP_FIRST_LINE.load(std::sync::atomic::Ordering::Relaxed) => match text.find('\n') {
            Some(nl) => text[nl..].to_string(),
            None => String::new(),
        },
        Ok(text) => text,
        Err(report) => {
            eprint!("{report}");
            return Err(1);
        }
    };
    Ok((vm, source, shown))
}
