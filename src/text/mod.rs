//! Pure text algorithms (number formatting, format specs, `%` and `str.format`, parsing, str
//! methods, reprs) shared by the VM; nothing here knows the VM's value type.
pub mod bytes_methods;
pub mod codecs;
pub mod complex_repr;
pub mod float_fixed;
pub mod float_repr;
pub mod format_spec;
pub mod format_string;
pub mod number_parse;
pub mod percent;
pub mod repr;
pub mod str_methods;
pub mod unicode;
pub mod unicode_data;
mod unicode_props;

#[cfg(test)]
mod fuzz_tests;

/// An error the VM raises as the Python exception of the same name, with this exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    Value(String),
    Type(String),
    Overflow(String),
    Index(String),
    Key(String),
}

impl TextError {
    pub fn value(msg: impl Into<String>) -> Self {
        TextError::Value(msg.into())
    }
    pub fn type_err(msg: impl Into<String>) -> Self {
        TextError::Type(msg.into())
    }
    pub fn overflow(msg: impl Into<String>) -> Self {
        TextError::Overflow(msg.into())
    }
    /// The message without the exception type.
    pub fn message(&self) -> &str {
        match self {
            TextError::Value(m)
            | TextError::Type(m)
            | TextError::Overflow(m)
            | TextError::Index(m)
            | TextError::Key(m) => m,
        }
    }
}
