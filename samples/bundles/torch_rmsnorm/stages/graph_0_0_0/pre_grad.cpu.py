class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[16, 1024][1024, 1]cpu", L_self_parameters_weight_: "f32[1024][1]cpu"):
        l_x_ = L_x_
        l_self_parameters_weight_ = L_self_parameters_weight_

        # File: /work/main/samples/torch_rmsnorm.py:18 in forward, code: variance = x.pow(2).mean(dim=-1, keepdim=True)
        pow_1: "f32[16, 1024][1024, 1]cpu" = l_x_.pow(2)
        variance: "f32[16, 1][1, 1]cpu" = pow_1.mean(dim = -1, keepdim = True);  pow_1 = None

        # File: /work/main/samples/torch_rmsnorm.py:19 in forward, code: return x * torch.rsqrt(variance + self.eps) * self.weight
        add: "f32[16, 1][1, 1]cpu" = variance + 1e-06;  variance = None
        rsqrt: "f32[16, 1][1, 1]cpu" = torch.rsqrt(add);  add = None
        mul: "f32[16, 1024][1024, 1]cpu" = l_x_ * rsqrt;  l_x_ = rsqrt = None
        mul_1: "f32[16, 1024][1024, 1]cpu" = mul * l_self_parameters_weight_;  mul = l_self_parameters_weight_ = None
        return (mul_1,)


 # graph id: 140262892633040