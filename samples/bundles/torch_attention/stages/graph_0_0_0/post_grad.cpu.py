class <lambda>(torch.nn.Module):
    def forward(self, arg0_1: "f32[2, 64, 64][4096, 64, 1]cpu", arg1_1: "f32[192, 64][64, 1]cpu", arg2_1: "f32[192][1]cpu"):
        # File: /work/main/samples/torch_attention.py:24 in forward, code: q, k, v = self.qkv(x).chunk(3, dim=-1)
        view: "f32[128, 64][64, 1]cpu" = torch.ops.aten.reshape.default(arg0_1, [128, 64]);  arg0_1 = None
        permute: "f32[64, 192][1, 64]cpu" = torch.ops.aten.permute.default(arg1_1, [1, 0]);  arg1_1 = None
        addmm: "f32[128, 192][192, 1]cpu" = torch.ops.aten.addmm.default(arg2_1, view, permute);  arg2_1 = view = permute = None
        view_1: "f32[2, 64, 192][12288, 192, 1]cpu" = torch.ops.aten.reshape.default(addmm, [2, 64, 192]);  addmm = None
        split = torch.ops.aten.split.Tensor(view_1, 64, -1);  view_1 = None
        getitem: "f32[2, 64, 64][12288, 192, 1]cpu" = split[0]
        getitem_1: "f32[2, 64, 64][12288, 192, 1]cpu" = split[1]
        getitem_2: "f32[2, 64, 64][12288, 192, 1]cpu" = split[2];  split = None

        # File: /work/main/samples/torch_attention.py:25 in <genexpr>, code: q, k, v = (t.view(b, s, self.heads, d // self.heads).transpose(1, 2) for t in (q, k, v))
        view_2: "f32[2, 64, 4, 16][12288, 192, 16, 1]cpu" = torch.ops.aten.reshape.default(getitem, [2, 64, 4, 16]);  getitem = None

        # No stacktrace found for following nodes
        permute_default: "f32[2, 4, 64, 16][12288, 16, 192, 1]cpu" = torch.ops.aten.permute.default(view_2, [0, 2, 1, 3]);  view_2 = None

        # File: /work/main/samples/torch_attention.py:25 in <genexpr>, code: q, k, v = (t.view(b, s, self.heads, d // self.heads).transpose(1, 2) for t in (q, k, v))
        view_3: "f32[2, 64, 4, 16][12288, 192, 16, 1]cpu" = torch.ops.aten.reshape.default(getitem_1, [2, 64, 4, 16]);  getitem_1 = None

        # No stacktrace found for following nodes
        permute_default_1: "f32[2, 4, 64, 16][12288, 16, 192, 1]cpu" = torch.ops.aten.permute.default(view_3, [0, 2, 1, 3]);  view_3 = None

        # File: /work/main/samples/torch_attention.py:25 in <genexpr>, code: q, k, v = (t.view(b, s, self.heads, d // self.heads).transpose(1, 2) for t in (q, k, v))
        view_4: "f32[2, 64, 4, 16][12288, 192, 16, 1]cpu" = torch.ops.aten.reshape.default(getitem_2, [2, 64, 4, 16]);  getitem_2 = None

        # No stacktrace found for following nodes
        permute_default_2: "f32[2, 4, 64, 16][12288, 16, 192, 1]cpu" = torch.ops.aten.permute.default(view_4, [0, 2, 1, 3]);  view_4 = None
        _scaled_dot_product_flash_attention_for_cpu_default = torch.ops.aten._scaled_dot_product_flash_attention_for_cpu.default(permute_default, permute_default_1, permute_default_2, scale = 0.25);  permute_default = permute_default_1 = permute_default_2 = None

        # File: /work/main/samples/torch_attention.py:28 in forward, code: out = weights @ v
        getitem_3: "f32[2, 4, 64, 16][4096, 16, 64, 1]cpu" = _scaled_dot_product_flash_attention_for_cpu_default[0];  _scaled_dot_product_flash_attention_for_cpu_default = None

        # File: /work/main/samples/torch_attention.py:29 in forward, code: return out.transpose(1, 2).reshape(b, s, d)
        permute_5: "f32[2, 64, 4, 16][4096, 64, 16, 1]cpu" = torch.ops.aten.permute.default(getitem_3, [0, 2, 1, 3]);  getitem_3 = None
        view_11: "f32[2, 64, 64][4096, 64, 1]cpu" = torch.ops.aten.reshape.default(permute_5, [2, 64, 64]);  permute_5 = None
        return (view_11,)
