//! Build script: generates the parser from `grammar/` with LALRPOP (nothing else).
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("LALRPOP grammar in grammar/ must compile");
}
