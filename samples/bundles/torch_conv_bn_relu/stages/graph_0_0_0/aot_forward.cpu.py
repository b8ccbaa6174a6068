class <lambda>(torch.nn.Module):
    def forward(
        self,
        arg0_1: "f32[16, 3, 3, 3][27, 9, 3, 1]cpu",  # PlainAOTInput(idx=0)
        arg1_1: "f32[16][1]cpu",  # PlainAOTInput(idx=1)
        arg2_1: "f32[2, 3, 16, 16][768, 256, 16, 1]cpu",  # PlainAOTInput(idx=2)
        arg3_1: "f32[16][1]cpu",  # PlainAOTInput(idx=3)
        arg4_1: "f32[16][1]cpu",  # PlainAOTInput(idx=4)
        arg5_1: "f32[16][1]cpu",  # PlainAOTInput(idx=5)
        arg6_1: "f32[16][1]cpu",  # PlainAOTInput(idx=6)
    ):
        # File: /work/main/samples/torch_conv_bn_relu.py:24 in forward, code: return torch.relu(self.bn(self.conv(x)))
        convolution: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.ops.aten.convolution.default(arg2_1, arg0_1, arg1_1, [1, 1], [1, 1], [1, 1], False, [0, 0], 1);  arg2_1 = arg0_1 = arg1_1 = None
        convert_element_type: "f32[16][1]cpu" = torch.ops.prims.convert_element_type.default(arg3_1, torch.float32);  arg3_1 = None
        convert_element_type_1: "f32[16][1]cpu" = torch.ops.prims.convert_element_type.default(arg4_1, torch.float32);  arg4_1 = None
        add: "f32[16][1]cpu" = torch.ops.aten.add.Tensor(convert_element_type_1, 1e-05);  convert_element_type_1 = None
        sqrt: "f32[16][1]cpu" = torch.ops.aten.sqrt.default(add);  add = None
        reciprocal: "f32[16][1]cpu" = torch.ops.aten.reciprocal.default(sqrt);  sqrt = None
        mul: "f32[16][1]cpu" = torch.ops.aten.mul.Tensor(reciprocal, 1);  reciprocal = None
        unsqueeze: "f32[16, 1][1, 1]cpu" = torch.ops.aten.unsqueeze.default(convert_element_type, -1);  convert_element_type = None
        unsqueeze_1: "f32[16, 1, 1][1, 1, 1]cpu" = torch.ops.aten.unsqueeze.default(unsqueeze, -1);  unsqueeze = None
        unsqueeze_2: "f32[16, 1][1, 1]cpu" = torch.ops.aten.unsqueeze.default(mul, -1);  mul = None
        unsqueeze_3: "f32[16, 1, 1][1, 1, 1]cpu" = torch.ops.aten.unsqueeze.default(unsqueeze_2, -1);  unsqueeze_2 = None
        sub: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.ops.aten.sub.Tensor(convolution, unsqueeze_1);  convolution = unsqueeze_1 = None
        mul_1: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.ops.aten.mul.Tensor(sub, unsqueeze_3);  sub = unsqueeze_3 = None
        unsqueeze_4: "f32[16, 1][1, 1]cpu" = torch.ops.aten.unsqueeze.default(arg5_1, -1);  arg5_1 = None
        unsqueeze_5: "f32[16, 1, 1][1, 1, 1]cpu" = torch.ops.aten.unsqueeze.default(unsqueeze_4, -1);  unsqueeze_4 = None
        mul_2: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.ops.aten.mul.Tensor(mul_1, unsqueeze_5);  mul_1 = unsqueeze_5 = None
        unsqueeze_6: "f32[16, 1][1, 1]cpu" = torch.ops.aten.unsqueeze.default(arg6_1, -1);  arg6_1 = None
        unsqueeze_7: "f32[16, 1, 1][1, 1, 1]cpu" = torch.ops.aten.unsqueeze.default(unsqueeze_6, -1);  unsqueeze_6 = None
        add_1: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.ops.aten.add.Tensor(mul_2, unsqueeze_7);  mul_2 = unsqueeze_7 = None
        relu: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.ops.aten.relu.default(add_1);  add_1 = None
        return (
            relu,  # PlainAOTOutput(idx=0)
        )
