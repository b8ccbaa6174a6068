class <lambda>(torch.nn.Module):
    def forward(self, arg0_1: "f32[1024, 256][256, 1]cuda:0", arg1_1: "f32[1024][1]cuda:0", arg2_1: "f32[64, 256][256, 1]cuda:0", arg3_1: "f32[256, 1024][1024, 1]cuda:0", arg4_1: "f32[256][1]cuda:0"):
        # File: /work/main/samples/torch_mlp.py:19 in forward, code: h = torch.nn.functional.gelu(self.fc1(x))
        permute: "f32[256, 1024][1, 256]cuda:0" = torch.ops.aten.permute.default(arg0_1, [1, 0]);  arg0_1 = None
        mm_default: "f32[64, 1024][1024, 1]cuda:0" = torch.ops.aten.mm.default(arg2_1, permute);  arg2_1 = permute = None
        add_tensor: "f32[64, 1024][1024, 1]cuda:0" = torch.ops.aten.add.Tensor(arg1_1, mm_default);  arg1_1 = mm_default = None
        mul: "f32[64, 1024][1024, 1]cuda:0" = torch.ops.aten.mul.Tensor(add_tensor, 0.5)
        mul_1: "f32[64, 1024][1024, 1]cuda:0" = torch.ops.aten.mul.Tensor(add_tensor, 0.7071067811865476);  add_tensor = None
        erf: "f32[64, 1024][1024, 1]cuda:0" = torch.ops.aten.erf.default(mul_1);  mul_1 = None
        add: "f32[64, 1024][1024, 1]cuda:0" = torch.ops.aten.add.Tensor(erf, 1);  erf = None
        mul_2: "f32[64, 1024][1024, 1]cuda:0" = torch.ops.aten.mul.Tensor(mul, add);  mul = add = None

        # File: /work/main/samples/torch_mlp.py:20 in forward, code: return torch.softmax(self.fc2(h), dim=-1)
        permute_1: "f32[1024, 256][1, 1024]cuda:0" = torch.ops.aten.permute.default(arg3_1, [1, 0]);  arg3_1 = None
        addmm_1: "f32[64, 256][256, 1]cuda:0" = torch.ops.aten.addmm.default(arg4_1, mul_2, permute_1);  arg4_1 = mul_2 = permute_1 = None

        # No stacktrace found for following nodes
        prepare_softmax_online_default = torch.ops.prims.prepare_softmax_online.default(addmm_1, -1)
        getitem: "f32[64, 1][1, 1]cuda:0" = prepare_softmax_online_default[0]
        getitem_1: "f32[64, 1][1, 1]cuda:0" = prepare_softmax_online_default[1];  prepare_softmax_online_default = None
        sub_tensor: "f32[64, 256][256, 1]cuda:0" = torch.ops.aten.sub.Tensor(addmm_1, getitem);  addmm_1 = getitem = None
        exp_default: "f32[64, 256][256, 1]cuda:0" = torch.ops.aten.exp.default(sub_tensor);  sub_tensor = None

        # File: /work/main/samples/torch_mlp.py:20 in forward, code: return torch.softmax(self.fc2(h), dim=-1)
        div: "f32[64, 256][256, 1]cuda:0" = torch.ops.aten.div.Tensor(exp_default, getitem_1);  exp_default = getitem_1 = None
        return (div,)
