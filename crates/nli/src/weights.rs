//! Loading `.safetensors` weights straight into a VarStore's variables.
//!
//! tch's `VarStore::load` reads the whole file into memory, builds a second set of tensors and
//! copies them over: three copies of the model at the peak (about 0.9 GiB for the default
//! model). Here each variable points at the file's memory map instead (see
//! [`load_safetensors`]); half-precision files are converted as they are read.

use contra_text::error::{Error, Result};
use serde_json::Value;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use tch::{nn::VarStore, Kind, Tensor};

struct Entry {
    kind: Kind,
    shape: Vec<i64>,
    start: u64,
    end: u64,
}

fn corrupt(path: &Path, reason: impl Into<String>) -> Error {
    Error::ModelCorrupt {
        path: path.to_owned(),
        reason: reason.into(),
    }
}

fn header(path: &Path, file: &mut File) -> Result<(HashMap<String, Entry>, u64)> {
    let file_len = file.metadata().map_err(|e| Error::io(path, e))?.len();
    let mut n = [0u8; 8];
    file.read_exact(&mut n)
        .map_err(|_| corrupt(path, "too short to be a safetensors file"))?;
    let n = u64::from_le_bytes(n);
    if n > file_len.saturating_sub(8) || n > 100 << 20 {
        return Err(corrupt(path, "not a safetensors file (bad header length)"));
    }
    let mut buf = vec![0u8; n as usize];
    file.read_exact(&mut buf)
        .map_err(|_| corrupt(path, "truncated safetensors header"))?;
    let json: Value = serde_json::from_slice(&buf).map_err(|e| {
        corrupt(
            path,
            format!("not a safetensors file (header is not JSON: {e})"),
        )
    })?;
    let obj = json
        .as_object()
        .ok_or_else(|| corrupt(path, "safetensors header is not an object"))?;
    let data_start = 8 + n;
    let mut out = HashMap::new();
    for (name, v) in obj {
        if name == "__metadata__" {
            continue;
        }
        let bad = || corrupt(path, format!("bad safetensors entry for {name}"));
        let kind = match v.get("dtype").and_then(Value::as_str).ok_or_else(bad)? {
            "F32" => Kind::Float,
            "F16" => Kind::Half,
            "BF16" => Kind::BFloat16,
            "F64" => Kind::Double,
            "I64" => Kind::Int64,
            other => {
                return Err(corrupt(
                    path,
                    format!("{name} has unsupported dtype {other}"),
                ))
            }
        };
        let shape: Vec<i64> = v
            .get("shape")
            .and_then(Value::as_array)
            .ok_or_else(bad)?
            .iter()
            .map(|d| d.as_i64().ok_or_else(bad))
            .collect::<Result<_>>()?;
        let offsets = v
            .get("data_offsets")
            .and_then(Value::as_array)
            .ok_or_else(bad)?;
        let (start, end) = match offsets.as_slice() {
            [a, b] => (a.as_u64().ok_or_else(bad)?, b.as_u64().ok_or_else(bad)?),
            _ => return Err(bad()),
        };
        if start > end || data_start + end > file_len {
            return Err(corrupt(
                path,
                format!("truncated: {name} lies past the end of the file"),
            ));
        }
        out.insert(
            name.clone(),
            Entry {
                kind,
                shape,
                start: data_start + start,
                end: data_start + end,
            },
        );
    }
    Ok((out, file_len))
}

/// A weights file mapped into memory: the variables [`load_safetensors`] pointed at it read
/// from it, so it must outlive them. Private (copy-on-write): nothing the process does reaches
/// the file.
pub struct MappedWeights(#[allow(dead_code)] Option<memmap2::MmapMut>);

/// Fills every variable of `vs` (float32, CPU) from the safetensors file at `path`.
///
/// A variable whose kind the file has points at the file's memory map instead of being
/// copied: no fresh memory to zero and fill, so a load takes a fraction of the time (the
/// default model's 283 MB were a third of a small run's start-up), and pages the model never
/// reads again (the float32 weights of layers that run in int8) are the page cache's to
/// reclaim. Half-precision files are converted as they are read, one tensor at a time.
pub fn load_safetensors(vs: &VarStore, path: &Path) -> Result<MappedWeights> {
    let mut file = File::open(path).map_err(|e| Error::io(path, e))?;
    let (entries, _) = header(path, &mut file)?;
    // SAFETY: a private mapping; the file is not expected to change while the model is loaded
    // (setup replaces model files by renaming, never in place).
    let mut map = unsafe { memmap2::MmapOptions::new().map_copy(&file) }.ok();
    let mut vars: Vec<(String, Tensor)> = vs.variables().into_iter().collect();
    vars.sort_by_key(|(name, _)| entries.get(name).map_or(0, |e| e.start));
    for (name, var) in vars {
        let e = entries.get(&name).ok_or_else(|| {
            corrupt(
                path,
                format!("missing weight {name}; the file does not fit config.json"),
            )
        })?;
        if e.shape != var.size() {
            return Err(corrupt(
                path,
                format!("{name} has shape {:?}, the model expects {:?}; the file does not fit config.json", e.shape, var.size()),
            ));
        }
        let numel = var.numel();
        let bytes = (e.end - e.start) as usize;
        if bytes != numel * e.kind.elt_size_in_bytes() {
            return Err(corrupt(
                path,
                format!("{name}: data size does not match its shape"),
            ));
        }
        let bad = |err: tch::TchError| corrupt(path, format!("{name}: {err}"));
        let aligned = (e.start as usize).is_multiple_of(e.kind.elt_size_in_bytes().max(1));
        if let Some(map) = map.as_mut().filter(|_| e.kind == var.kind() && aligned) {
            // SAFETY: `header` checked that the tensor's bytes lie inside the file, and the map
            // is the whole file; its start is aligned to the element size. The map lives in
            // the returned `MappedWeights`, which the model keeps as long as the variables.
            let data = unsafe { map.as_mut_ptr().add(e.start as usize) };
            let blob =
                unsafe { Tensor::f_from_blob(data, &e.shape, &[], e.kind, tch::Device::Cpu) }
                    .map_err(bad)?;
            let mut var = var;
            tch::no_grad(|| var.f_set_data(&blob)).map_err(bad)?;
            continue;
        }
        file.seek(SeekFrom::Start(e.start))
            .map_err(|err| Error::io(path, err))?;
        let truncated = |_| corrupt(path, format!("truncated while reading {name}"));
        if e.kind == var.kind() && var.is_contiguous() {
            // SAFETY: `var` is a contiguous CPU tensor of `numel` elements of this kind, so its
            // storage is exactly `bytes` long; nothing else reads it during loading.
            let dst = unsafe { std::slice::from_raw_parts_mut(var.data_ptr() as *mut u8, bytes) };
            file.read_exact(dst).map_err(truncated)?;
        } else {
            let mut buf = vec![0u8; bytes];
            file.read_exact(&mut buf).map_err(truncated)?;
            let src = Tensor::f_from_data_size(&buf, &e.shape, e.kind).map_err(bad)?;
            let mut var = var;
            tch::no_grad(|| var.f_copy_(&src)).map_err(bad)?;
        }
    }
    Ok(MappedWeights(map))
}
