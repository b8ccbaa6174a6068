class <lambda>(torch.nn.Module):
    def forward(
        self,
        arg0_1: "f32[1024, 256][256, 1]cpu",  # PlainAOTInput(idx=0)
        arg1_1: "f32[1024][1]cpu",  # PlainAOTInput(idx=1)
        arg2_1: "f32[64, 256][256, 1]cpu",  # PlainAOTInput(idx=2)
        arg3_1: "f32[256, 1024][1024, 1]cpu",  # PlainAOTInput(idx=3)
        arg4_1: "f32[256][1]cpu",  # PlainAOTInput(idx=4)
    ):
        # File: /work/main/samples/torch_mlp.py:19 in forward, code: h = torch.nn.functional.gelu(self.fc1(x))
        permute: "f32[256, 1024][1, 256]cpu" = torch.ops.aten.permute.default(arg0_1, [1, 0]);  arg0_1 = None
        addmm: "f32[64, 1024][1024, 1]cpu" = torch.ops.aten.addmm.default(arg1_1, arg2_1, permute);  arg1_1 = arg2_1 = permute = None
        mul: "f32[64, 1024][1024, 1]cpu" = torch.ops.aten.mul.Tensor(addmm, 0.5)
        mul_1: "f32[64, 1024][1024, 1]cpu" = torch.ops.aten.mul.Tensor(addmm, 0.7071067811865476);  addmm = None
        erf: "f32[64, 1024][1024, 1]cpu" = torch.ops.aten.erf.default(mul_1);  mul_1 = None
        add: "f32[64, 1024][1024, 1]cpu" = torch.ops.aten.add.Tensor(erf, 1);  erf = None
        mul_2: "f32[64, 1024][1024, 1]cpu" = torch.ops.aten.mul.Tensor(mul, add);  mul = add = None

        # File: /work/main/samples/torch_mlp.py:20 in forward, code: return torch.softmax(self.fc2(h), dim=-1)
        permute_1: "f32[1024, 256][1, 1024]cpu" = torch.ops.aten.permute.default(arg3_1, [1, 0]);  arg3_1 = None
        addmm_1: "f32[64, 256][256, 1]cpu" = torch.ops.aten.addmm.default(arg4_1, mul_2, permute_1);  arg4_1 = mul_2 = permute_1 = None
        amax: "f32[64, 1][1, 1]cpu" = torch.ops.aten.amax.default(addmm_1, [-1], True)
        sub: "f32[64, 256][256, 1]cpu" = torch.ops.aten.sub.Tensor(addmm_1, amax);  addmm_1 = amax = None
        exp: "f32[64, 256][256, 1]cpu" = torch.ops.aten.exp.default(sub);  sub = None
        sum_1: "f32[64, 1][1, 1]cpu" = torch.ops.aten.sum.dim_IntList(exp, [-1], True)
        div: "f32[64, 256][256, 1]cpu" = torch.ops.aten.div.Tensor(exp, sum_1);  exp = sum_1 = None
        return (
            div,  # PlainAOTOutput(idx=0)
        )
