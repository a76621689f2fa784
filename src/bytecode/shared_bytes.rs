//! The bytes of a compiled-module cache entry, shared by the packed code bodies decoded from
//! them: a read-only mapping of the entry's file, or (for entries made in memory) a heap copy.
//!
//! Mapping rather than reading matters at start-up: a file read lands in freshly allocated heap
//! pages, each a zero-filled page fault, while a mapping's pages come from the page cache, many
//! per fault. Cache entries are only ever replaced by renaming a new file over them (see
//! `cache::store`), never rewritten in place, so a mapped entry keeps its contents.

use std::ops::Deref;
use std::ptr::NonNull;
use std::rc::Rc;

/// A cheap-to-clone handle on immutable bytes.
#[derive(Clone)]
pub struct SharedBytes(Rc<Backing>);

enum Backing {
    Heap(Box<[u8]>),
    /// `len` bytes mapped read-only at `ptr` (unmapped on drop); `len` is never 0.
    Mapped { ptr: NonNull<u8>, len: usize },
}

impl SharedBytes {
    /// The whole of `file`, mapped read-only; None if it is empty or cannot be mapped.
    pub fn map(file: &std::fs::File) -> Option<SharedBytes> {
        use std::os::fd::AsRawFd;
        let len = usize::try_from(file.metadata().ok()?.len()).ok().filter(|&n| n > 0)?;
        // SAFETY: a fresh private read-only mapping of an open file; the result is checked
        // before use, and the mapping stays valid after the descriptor is closed.
        let ptr = unsafe { libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ, libc::MAP_PRIVATE, file.as_raw_fd(), 0) };
        if ptr == libc::MAP_FAILED {
            return None;
        }
        let ptr = NonNull::new(ptr as *mut u8)?;
        Some(SharedBytes(Rc::new(Backing::Mapped { ptr, len })))
    }
}

impl From<Vec<u8>> for SharedBytes {
    fn from(bytes: Vec<u8>) -> SharedBytes {
        SharedBytes(Rc::new(Backing::Heap(bytes.into_boxed_slice())))
    }
}

impl From<&[u8]> for SharedBytes {
    fn from(bytes: &[u8]) -> SharedBytes {
        SharedBytes(Rc::new(Backing::Heap(Box::from(bytes))))
    }
}

impl Deref for SharedBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match &*self.0 {
            Backing::Heap(b) => b,
            // SAFETY: the mapping is `len` readable bytes, alive as long as this Backing.
            Backing::Mapped { ptr, len } => unsafe { std::slice::from_raw_parts(ptr.as_ptr(), *len) },
        }
    }
}

impl Drop for Backing {
    fn drop(&mut self) {
        if let Backing::Mapped { ptr, len } = self {
            // SAFETY: unmapping exactly the range `map` mapped, once, when nothing borrows it.
            unsafe { libc::munmap(ptr.as_ptr() as *mut libc::c_void, *len) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn mapped_file_reads_as_its_contents() {
        let path = std::env::temp_dir().join(format!("corio-shared-bytes-{}", std::process::id()));
        std::fs::File::create(&path).and_then(|mut f| f.write_all(b"cached code")).expect("temp file");
        let file = std::fs::File::open(&path).expect("temp file opens");
        let bytes = SharedBytes::map(&file).expect("regular file maps");
        drop(file);
        std::fs::remove_file(&path).expect("temp file removed");
        // Still readable after the descriptor is closed and the name removed.
        assert_eq!(&*bytes.clone(), b"cached code");
        assert_eq!(&*SharedBytes::from(vec![1u8, 2]), &[1, 2]);
    }
}
