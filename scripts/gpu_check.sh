#!/usr/bin/env bash
# Everything irlens has to check on a machine with an NVIDIA GPU, in one call: the GPU tests, the
# rest of the suite as it behaves with a GPU present, the `irlens bench` tables, and a real CUDA
# capture of samples/torch_mlp.py to hold against the bundle made without a GPU
# (samples/bundles/torch_mlp); its captures, unpacked, are what samples/bundles/<sample>_h200 hold
# (torch_mlp.gpu -> torch_mlp_h200), for the app on machines without a GPU. Every output and bundle is packed, after each step, into
# gpu-check.tgz under $OUT (the device tool's output folder, which returns few files and only
# while a command is not cut off) or artifacts/gpu-check; the bench tables and a summary are
# printed last.
#
#   scripts/gpu_check.sh [PART...]     PART: gpu-tests, other-tests (or its halves other-a, other-b),
#                                      bench, captures or all (default)
#
# Each part but `all` fits one 600-second call of the device tool. Seen on an H200 (2026-11-26,
# a warm machine): gpu-tests 137 s, bench 72 s, captures 57 s; other-tests ran past 330 s and was
# cut off (since then the tests that generate CUDA output without a GPU skip on one). With a
# lease of 15 minutes, name the parts that matter first, in one call. Needs only the GPU image's own
# packages: irlens runs from this checkout (PYTHONPATH), and the tests that need what the image
# lacks (streamlit for tests/app, filecheck for the LLVM FileCheck test) are left out. The parts run
# in the order gpu-tests, bench, captures, other-tests, whatever order they are named in. Every step
# has its own time limit, so one that hangs costs only its share.
set -uo pipefail
cd "$(dirname "$0")/.."

what=" ${*:-all} "
out="${OUT:-artifacts/gpu-check}"
work="${TMPDIR:-/tmp}/irlens-gpu-check"
mkdir -p "$out" "$work"
py="${PYTHON:-python3}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
export IRLENS_CACHE_DIR="${IRLENS_CACHE_DIR:-${TMPDIR:-/tmp}/irlens-gpu-check-cache}"  # not under $OUT: only results go back
summary="$work/summary.txt"

step() {  # step NAME SECONDS COMMAND...: run it, keep its output, note how it ended
    local name="$1" limit="$2"
    shift 2
    local start=$SECONDS
    timeout "$limit" "$@" > "$work/$name.txt" 2>&1
    local rc=$?
    printf '%-28s rc=%-3s %4ss  %s\n' "$name" "$rc" "$((SECONDS - start))" \
        "$(grep -E '(passed|failed|error|skipped)' "$work/$name.txt" | grep -v '::' | tail -1)" >> "$summary"
    tar czf "$out/gpu-check.tgz" -C "$work" .
}

{
    nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.sm,clocks.max.sm --format=csv 2>&1
    "$py" -c 'import sys, torch, triton, jax; print(sys.version.split()[0], "torch", torch.__version__,
"triton", triton.__version__, "jax", jax.__version__, "cuda", torch.cuda.is_available(),
torch.cuda.get_device_name(0) if torch.cuda.is_available() else "-", "jax devices", jax.devices())' 2>&1
} > "$work/machine.txt"

part() { [[ "$what" == *" all "* || "$what" == *" $1 "* ]]; }
if part gpu-tests; then
    step pytest-gpu "${GPU_TESTS_LIMIT:-560}" "$py" -m pytest -m gpu -rs -v -p no:cacheprovider --ignore tests/app tests
fi
if part bench; then
    step bench-torch_mlp 180 "$py" -m irlens bench samples/torch_mlp.py
    step bench-torch_mlp-graphs 180 "$py" -m irlens bench samples/torch_mlp.py --cuda-graphs
    step bench-jax_mlp 100 "$py" -m irlens bench samples/jax_mlp.py
    step bench-triton_softmax 100 "$py" -m irlens bench samples/triton_softmax.py
fi
if part captures; then
    # with --bench, so the bundles carry GPU timings for the app's Timings view and roofline
    step capture-torch_mlp 360 "$py" -m irlens capture samples/torch_mlp.py -o "$work/torch_mlp.gpu" --force --bench
    step capture-jax_mlp 180 "$py" -m irlens capture samples/jax_mlp.py -o "$work/jax_mlp.gpu" --force --bench
fi
# the rest of the suite with a GPU present, whole or in two halves (each about 3-4 minutes on an
# H200; the first half ran 141 tests in 190 s there, the whole never fit one call)
other() {  # other NAME DIRS...
    local name="$1"
    shift
    step "$name" "${OTHER_TESTS_LIMIT:-560}" "$py" -m pytest -m "not gpu" -rs -v -p no:cacheprovider --timeout 300 \
        "$@" --ignore tests/llvm/test_llvm_stages.py
}
if part other-tests; then
    other pytest-other tests/core tests/parsers tests/triton tests/torch tests/torchcuda tests/jax tests/timing tests/llvm
else
    part other-a && other pytest-other-a tests/core tests/parsers tests/triton tests/llvm
    part other-b && other pytest-other-b tests/torch tests/torchcuda tests/jax tests/timing
fi

for table in "$work"/bench-*.txt; do
    [ -f "$table" ] && { echo "== $(basename "$table" .txt)"; cat "$table"; }
done
cat "$work/machine.txt" "$summary"
