class <lambda>(torch.nn.Module):
    def forward(
        self,
        arg0_1: "f32[8, 64][64, 1]cuda:0",  # PlainAOTInput(idx=0)
    ):
        # File: /work/main/samples/torch_graph_break.py:19 in torch_dynamo_resume_in_forward_at_18, code: y = y * 2
        mul: "f32[8, 64][64, 1]cuda:0" = torch.ops.aten.mul.Tensor(arg0_1, 2);  arg0_1 = None

        # File: /work/main/samples/torch_graph_break.py:20 in torch_dynamo_resume_in_forward_at_18, code: return torch.tanh(y)
        tanh: "f32[8, 64][64, 1]cuda:0" = torch.ops.aten.tanh.default(mul);  mul = None
        return (
            tanh,  # PlainAOTOutput(idx=0)
        )
