class <lambda>(torch.nn.Module):
    def forward(
        self,
        arg0_1: "f32[64, 64][64, 1]cpu",  # PlainAOTInput(idx=0)
        arg1_1: "f32[64][1]cpu",  # PlainAOTInput(idx=1)
        arg2_1: "f32[8, 64][64, 1]cpu",  # PlainAOTInput(idx=2)
    ):
        # File: /work/main/samples/torch_graph_break.py:17 in forward, code: y = torch.relu(self.fc(x))
        permute: "f32[64, 64][1, 64]cpu" = torch.ops.aten.permute.default(arg0_1, [1, 0]);  arg0_1 = None
        addmm: "f32[8, 64][64, 1]cpu" = torch.ops.aten.addmm.default(arg1_1, arg2_1, permute);  arg1_1 = arg2_1 = permute = None
        relu: "f32[8, 64][64, 1]cpu" = torch.ops.aten.relu.default(addmm);  addmm = None

        # File: /work/main/samples/torch_graph_break.py:18 in forward, code: if y.sum() > 0:
        sum_1: "f32[][]cpu" = torch.ops.aten.sum.default(relu)
        gt: "b8[][]cpu" = torch.ops.aten.gt.Scalar(sum_1, 0);  sum_1 = None
        return (
            gt,  # PlainAOTOutput(idx=0)
            relu,  # PlainAOTOutput(idx=1)
        )
