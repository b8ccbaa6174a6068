class <lambda>(torch.nn.Module):
    def forward(self, arg0_1: "f32[64, 64][64, 1]cuda:0", arg1_1: "f32[64][1]cuda:0", arg2_1: "f32[8, 64][64, 1]cuda:0"):
        # File: /work/main/samples/torch_graph_break.py:17 in forward, code: y = torch.relu(self.fc(x))
        permute: "f32[64, 64][1, 64]cuda:0" = torch.ops.aten.permute.default(arg0_1, [1, 0]);  arg0_1 = None
        mm_default: "f32[8, 64][64, 1]cuda:0" = torch.ops.aten.mm.default(arg2_1, permute);  arg2_1 = permute = None
        add_tensor: "f32[8, 64][64, 1]cuda:0" = torch.ops.aten.add.Tensor(arg1_1, mm_default);  arg1_1 = mm_default = None
        relu: "f32[8, 64][64, 1]cuda:0" = torch.ops.aten.relu.default(add_tensor);  add_tensor = None

        # File: /work/main/samples/torch_graph_break.py:18 in forward, code: if y.sum() > 0:
        sum_1: "f32[][]cuda:0" = torch.ops.aten.sum.default(relu)
        gt: "b8[][]cuda:0" = torch.ops.aten.gt.Scalar(sum_1, 0);  sum_1 = None
        return (gt, relu)
