//! The `corio` command line (argument parsing only; the work is in the library).
fn main() {
    eprintln!("corio: not yet functional");
    std::process::exit(2);
}
