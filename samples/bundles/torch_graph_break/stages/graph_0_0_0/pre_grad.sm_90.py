class GraphModule(torch.nn.Module):
    def forward(self, L_self_modules_fc_parameters_weight_: "f32[64, 64][64, 1]cpu", L_self_modules_fc_parameters_bias_: "f32[64][1]cpu", L_x_: "f32[8, 64][64, 1]cpu"):
        l_self_modules_fc_parameters_weight_ = L_self_modules_fc_parameters_weight_
        l_self_modules_fc_parameters_bias_ = L_self_modules_fc_parameters_bias_
        l_x_ = L_x_

        # File: /work/main/samples/torch_graph_break.py:17 in forward, code: y = torch.relu(self.fc(x))
        linear: "f32[8, 64][64, 1]cpu" = torch._C._nn.linear(l_x_, l_self_modules_fc_parameters_weight_, l_self_modules_fc_parameters_bias_);  l_x_ = l_self_modules_fc_parameters_weight_ = l_self_modules_fc_parameters_bias_ = None
        y: "f32[8, 64][64, 1]cpu" = torch.relu(linear);  linear = None

        # File: /work/main/samples/torch_graph_break.py:18 in forward, code: if y.sum() > 0:
        sum_1: "f32[][]cpu" = y.sum()
        gt: "b8[][]cpu" = sum_1 > 0;  sum_1 = None
        return (gt, y)


 # graph id: 140653708235728