class GraphModule(torch.nn.Module):
    def forward(self, L_self_modules_fc1_parameters_weight_: "f32[1024, 256][256, 1]cpu", L_self_modules_fc1_parameters_bias_: "f32[1024][1]cpu", L_x_: "f32[64, 256][256, 1]cpu", L_self_modules_fc2_parameters_weight_: "f32[256, 1024][1024, 1]cpu", L_self_modules_fc2_parameters_bias_: "f32[256][1]cpu"):
        l_self_modules_fc1_parameters_weight_ = L_self_modules_fc1_parameters_weight_
        l_self_modules_fc1_parameters_bias_ = L_self_modules_fc1_parameters_bias_
        l_x_ = L_x_
        l_self_modules_fc2_parameters_weight_ = L_self_modules_fc2_parameters_weight_
        l_self_modules_fc2_parameters_bias_ = L_self_modules_fc2_parameters_bias_

        # File: /work/main/samples/torch_mlp.py:19 in forward, code: h = torch.nn.functional.gelu(self.fc1(x))
        linear: "f32[64, 1024][1024, 1]cpu" = torch._C._nn.linear(l_x_, l_self_modules_fc1_parameters_weight_, l_self_modules_fc1_parameters_bias_);  l_x_ = l_self_modules_fc1_parameters_weight_ = l_self_modules_fc1_parameters_bias_ = None
        h: "f32[64, 1024][1024, 1]cpu" = torch._C._nn.gelu(linear);  linear = None

        # File: /work/main/samples/torch_mlp.py:20 in forward, code: return torch.softmax(self.fc2(h), dim=-1)
        linear_1: "f32[64, 256][256, 1]cpu" = torch._C._nn.linear(h, l_self_modules_fc2_parameters_weight_, l_self_modules_fc2_parameters_bias_);  h = l_self_modules_fc2_parameters_weight_ = l_self_modules_fc2_parameters_bias_ = None
        softmax: "f32[64, 256][256, 1]cpu" = torch.softmax(linear_1, dim = -1);  linear_1 = None
        return (softmax,)


 # graph id: 140596744109648