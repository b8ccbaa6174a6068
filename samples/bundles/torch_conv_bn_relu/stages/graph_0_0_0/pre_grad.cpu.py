class GraphModule(torch.nn.Module):
    def forward(self, L_self_modules_conv_parameters_weight_: "f32[16, 3, 3, 3][27, 9, 3, 1]cpu", L_self_modules_conv_parameters_bias_: "f32[16][1]cpu", L_x_: "f32[2, 3, 16, 16][768, 256, 16, 1]cpu", L_self_modules_bn_buffers_running_mean_: "f32[16][1]cpu", L_self_modules_bn_buffers_running_var_: "f32[16][1]cpu", L_self_modules_bn_parameters_weight_: "f32[16][1]cpu", L_self_modules_bn_parameters_bias_: "f32[16][1]cpu"):
        l_self_modules_conv_parameters_weight_ = L_self_modules_conv_parameters_weight_
        l_self_modules_conv_parameters_bias_ = L_self_modules_conv_parameters_bias_
        l_x_ = L_x_
        l_self_modules_bn_buffers_running_mean_ = L_self_modules_bn_buffers_running_mean_
        l_self_modules_bn_buffers_running_var_ = L_self_modules_bn_buffers_running_var_
        l_self_modules_bn_parameters_weight_ = L_self_modules_bn_parameters_weight_
        l_self_modules_bn_parameters_bias_ = L_self_modules_bn_parameters_bias_

        # File: /work/main/samples/torch_conv_bn_relu.py:24 in forward, code: return torch.relu(self.bn(self.conv(x)))
        conv2d: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.conv2d(l_x_, l_self_modules_conv_parameters_weight_, l_self_modules_conv_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  l_x_ = l_self_modules_conv_parameters_weight_ = l_self_modules_conv_parameters_bias_ = None
        batch_norm: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.nn.functional.batch_norm(conv2d, l_self_modules_bn_buffers_running_mean_, l_self_modules_bn_buffers_running_var_, l_self_modules_bn_parameters_weight_, l_self_modules_bn_parameters_bias_, False, 0.1, 1e-05);  conv2d = l_self_modules_bn_buffers_running_mean_ = l_self_modules_bn_buffers_running_var_ = l_self_modules_bn_parameters_weight_ = l_self_modules_bn_parameters_bias_ = None
        relu: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.relu(batch_norm);  batch_norm = None
        return (relu,)


 # graph id: 140611645787664