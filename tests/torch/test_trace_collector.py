"""The structured-trace collector around a real torch.compile: each phase of the compile is heard
as it ends, so a long capture under -v is not silent."""


def test_progress_hears_each_phase_of_a_compile_as_it_ends():
    import torch

    from irlens.capturers.torch_trace_collector import collect_trace

    heard = []
    with collect_trace(progress=heard.append) as trace:
        torch.compile(lambda x: x.sin() * 2)(torch.randn(8))
    assert heard == ["torch: Dynamo traced a graph (0/0)",
                     "torch: AOTAutograd traced the inference graph (0/0)",
                     "torch: Inductor ran its post-grad passes; lowering and fusing (0/0)",
                     "torch: Inductor wrote its output code (0/0)"]
    assert any(e.kind == "inductor_output_code" for e in trace.events)
