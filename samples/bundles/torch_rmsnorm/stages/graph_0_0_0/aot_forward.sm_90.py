class <lambda>(torch.nn.Module):
    def forward(
        self,
        arg0_1: "f32[16, 1024][1024, 1]cuda:0",  # PlainAOTInput(idx=0)
        arg1_1: "f32[1024][1]cuda:0",  # PlainAOTInput(idx=1)
    ):
        # File: /work/main/samples/torch_rmsnorm.py:18 in forward, code: variance = x.pow(2).mean(dim=-1, keepdim=True)
        pow_1: "f32[16, 1024][1024, 1]cuda:0" = torch.ops.aten.pow.Tensor_Scalar(arg0_1, 2)
        mean: "f32[16, 1][1, 1]cuda:0" = torch.ops.aten.mean.dim(pow_1, [-1], True);  pow_1 = None

        # File: /work/main/samples/torch_rmsnorm.py:19 in forward, code: return x * torch.rsqrt(variance + self.eps) * self.weight
        add: "f32[16, 1][1, 1]cuda:0" = torch.ops.aten.add.Tensor(mean, 1e-06);  mean = None
        rsqrt: "f32[16, 1][1, 1]cuda:0" = torch.ops.aten.rsqrt.default(add);  add = None
        mul: "f32[16, 1024][1024, 1]cuda:0" = torch.ops.aten.mul.Tensor(arg0_1, rsqrt);  arg0_1 = rsqrt = None
        mul_1: "f32[16, 1024][1024, 1]cuda:0" = torch.ops.aten.mul.Tensor(mul, arg1_1);  mul = arg1_1 = None
        return (
            mul_1,  # PlainAOTOutput(idx=0)
        )
