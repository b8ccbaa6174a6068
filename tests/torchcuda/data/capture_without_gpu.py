"""Run capture_inductor_cuda on a model file in a process of its own, as the capture worker does,
after a CPU torch.compile, and record whether the machine looks the same afterwards.

    python capture_without_gpu.py MODEL_FILE OUT_DIR [TARGET]
"""
import os
import sys
from pathlib import Path

os.environ.setdefault("TRITON_DEFAULT_FP_FUSION", "1")

import torch  # noqa: E402
import triton  # noqa: E402

from irlens.capturers.torch_cuda import capture_inductor_cuda  # noqa: E402
from irlens.model_file import build_torch_model, load_user_module  # noqa: E402
from irlens.options import CaptureOptions  # noqa: E402
from irlens.record import CaptureError  # noqa: E402
from irlens.sink import RecordSink  # noqa: E402


def cpu_compile_works() -> bool:
    x = torch.randn(4, 4)
    return torch.allclose(torch.compile(lambda t: (t * 2).sin())(x), (x * 2).sin())


path, out = Path(sys.argv[1]), sys.argv[2]
target = sys.argv[3] if len(sys.argv) > 3 else None
sink = RecordSink(out)
model, inputs = build_torch_model(load_user_module(path), path)
before = {"cuda_available": torch.cuda.is_available(), "cpu_compile": cpu_compile_works(),
          "triton_driver": type(triton.runtime.driver._active).__name__}
try:
    capture_inductor_cuda(model, inputs, CaptureOptions(target=target), sink, source_file=str(path))
except CaptureError as exc:
    sink.error(str(exc))
after = {"cuda_available": torch.cuda.is_available(), "cpu_compile": cpu_compile_works(),
         "triton_driver": type(triton.runtime.driver._active).__name__}
sink.set_environment(before=before, after=after)
sink.finish()
