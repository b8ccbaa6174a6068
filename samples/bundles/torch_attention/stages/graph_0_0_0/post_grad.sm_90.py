class <lambda>(torch.nn.Module):
    def forward(self, arg0_1: "f32[2, 64, 64][4096, 64, 1]cuda:0", arg1_1: "f32[192, 64][64, 1]cuda:0", arg2_1: "f32[192][1]cuda:0"):
        # File: /work/main/samples/torch_attention.py:24 in forward, code: q, k, v = self.qkv(x).chunk(3, dim=-1)
        view: "f32[128, 64][64, 1]cuda:0" = torch.ops.aten.reshape.default(arg0_1, [128, 64]);  arg0_1 = None
        permute: "f32[64, 192][1, 64]cuda:0" = torch.ops.aten.permute.default(arg1_1, [1, 0]);  arg1_1 = None
        mm_default: "f32[128, 192][192, 1]cuda:0" = torch.ops.aten.mm.default(view, permute);  view = permute = None
        add_tensor: "f32[128, 192][192, 1]cuda:0" = torch.ops.aten.add.Tensor(arg2_1, mm_default);  arg2_1 = mm_default = None
        view_1: "f32[2, 64, 192][12288, 192, 1]cuda:0" = torch.ops.aten.reshape.default(add_tensor, [2, 64, 192]);  add_tensor = None
        split = torch.ops.aten.split.Tensor(view_1, 64, -1);  view_1 = None
        getitem: "f32[2, 64, 64][12288, 192, 1]cuda:0" = split[0]
        getitem_1: "f32[2, 64, 64][12288, 192, 1]cuda:0" = split[1]
        getitem_2: "f32[2, 64, 64][12288, 192, 1]cuda:0" = split[2];  split = None

        # File: /work/main/samples/torch_attention.py:25 in <genexpr>, code: q, k, v = (t.view(b, s, self.heads, d // self.heads).transpose(1, 2) for t in (q, k, v))
        view_2: "f32[2, 64, 4, 16][12288, 192, 16, 1]cuda:0" = torch.ops.aten.reshape.default(getitem, [2, 64, 4, 16]);  getitem = None
        permute_1: "f32[2, 4, 64, 16][12288, 16, 192, 1]cuda:0" = torch.ops.aten.permute.default(view_2, [0, 2, 1, 3]);  view_2 = None

        # File: /work/main/samples/torch_attention.py:26 in forward, code: scores = q @ k.transpose(-2, -1) / math.sqrt(d // self.heads)
        expand: "f32[2, 4, 64, 16][12288, 16, 192, 1]cuda:0" = torch.ops.aten.expand.default(permute_1, [2, 4, 64, 16]);  permute_1 = None
        clone: "f32[2, 4, 64, 16][4096, 1024, 16, 1]cuda:0" = torch.ops.aten.clone.default(expand, memory_format = torch.contiguous_format);  expand = None
        view_5: "f32[8, 64, 16][1024, 16, 1]cuda:0" = torch.ops.aten.reshape.default(clone, [8, 64, 16]);  clone = None

        # File: /work/main/samples/torch_attention.py:25 in <genexpr>, code: q, k, v = (t.view(b, s, self.heads, d // self.heads).transpose(1, 2) for t in (q, k, v))
        view_3: "f32[2, 64, 4, 16][12288, 192, 16, 1]cuda:0" = torch.ops.aten.reshape.default(getitem_1, [2, 64, 4, 16]);  getitem_1 = None
        permute_2: "f32[2, 4, 64, 16][12288, 16, 192, 1]cuda:0" = torch.ops.aten.permute.default(view_3, [0, 2, 1, 3]);  view_3 = None

        # File: /work/main/samples/torch_attention.py:26 in forward, code: scores = q @ k.transpose(-2, -1) / math.sqrt(d // self.heads)
        permute_4: "f32[2, 4, 16, 64][12288, 16, 1, 192]cuda:0" = torch.ops.aten.permute.default(permute_2, [0, 1, 3, 2]);  permute_2 = None
        expand_1: "f32[2, 4, 16, 64][12288, 16, 1, 192]cuda:0" = torch.ops.aten.expand.default(permute_4, [2, 4, 16, 64]);  permute_4 = None
        clone_1: "f32[2, 4, 16, 64][4096, 1024, 64, 1]cuda:0" = torch.ops.aten.clone.default(expand_1, memory_format = torch.contiguous_format);  expand_1 = None
        view_6: "f32[8, 16, 64][1024, 64, 1]cuda:0" = torch.ops.aten.reshape.default(clone_1, [8, 16, 64]);  clone_1 = None
        bmm: "f32[8, 64, 64][4096, 64, 1]cuda:0" = torch.ops.aten.bmm.default(view_5, view_6);  view_5 = view_6 = None
        view_7: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.reshape.default(bmm, [2, 4, 64, 64]);  bmm = None

        # No stacktrace found for following nodes
        div_tensor: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.div.Tensor(view_7, 4.0)
        eq_tensor: "b8[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.eq.Tensor(div_tensor, div_tensor)
        abs_default: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.abs.default(div_tensor)
        ne_scalar: "b8[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.ne.Scalar(abs_default, inf);  abs_default = None
        mul_tensor_1: "b8[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.mul.Tensor(eq_tensor, ne_scalar);  eq_tensor = ne_scalar = None
        logical_not_default: "b8[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.logical_not.default(mul_tensor_1);  mul_tensor_1 = None
        any_dims: "b8[2, 4, 64, 1][256, 64, 1, 1]cuda:0" = torch.ops.aten.any.dims(logical_not_default, [-1], True);  logical_not_default = None
        logical_not_default_1: "b8[2, 4, 64, 1][256, 64, 1, 1]cuda:0" = torch.ops.aten.logical_not.default(any_dims);  any_dims = None
        mul_tensor: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.mul.Tensor(view_7, 1);  view_7 = None
        amax_default: "f32[2, 4, 64, 1][256, 64, 1, 1]cuda:0" = torch.ops.aten.amax.default(mul_tensor, [-1], True)
        sub_tensor: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.sub.Tensor(mul_tensor, amax_default);  mul_tensor = amax_default = None
        div_tensor_1: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.div.Tensor(sub_tensor, 4.0);  sub_tensor = None
        amax_default_1: "f32[2, 4, 64, 1][256, 64, 1, 1]cuda:0" = torch.ops.aten.amax.default(div_tensor, [-1], True)
        sub_tensor_1: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.sub.Tensor(div_tensor, amax_default_1);  div_tensor = amax_default_1 = None

        # File: /work/main/samples/torch_attention.py:27 in forward, code: weights = torch.softmax(scores, dim=-1)
        where_self: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.where.self(logical_not_default_1, div_tensor_1, sub_tensor_1);  logical_not_default_1 = div_tensor_1 = sub_tensor_1 = None
        exp: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.exp.default(where_self);  where_self = None
        sum_1: "f32[2, 4, 64, 1][256, 64, 1, 1]cuda:0" = torch.ops.aten.sum.dim_IntList(exp, [-1], True)
        div_1: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.div.Tensor(exp, sum_1);  exp = sum_1 = None

        # File: /work/main/samples/torch_attention.py:28 in forward, code: out = weights @ v
        expand_2: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cuda:0" = torch.ops.aten.expand.default(div_1, [2, 4, 64, 64]);  div_1 = None
        view_8: "f32[8, 64, 64][4096, 64, 1]cuda:0" = torch.ops.aten.reshape.default(expand_2, [8, 64, 64]);  expand_2 = None

        # File: /work/main/samples/torch_attention.py:25 in <genexpr>, code: q, k, v = (t.view(b, s, self.heads, d // self.heads).transpose(1, 2) for t in (q, k, v))
        view_4: "f32[2, 64, 4, 16][12288, 192, 16, 1]cuda:0" = torch.ops.aten.reshape.default(getitem_2, [2, 64, 4, 16]);  getitem_2 = None
        permute_3: "f32[2, 4, 64, 16][12288, 16, 192, 1]cuda:0" = torch.ops.aten.permute.default(view_4, [0, 2, 1, 3]);  view_4 = None

        # File: /work/main/samples/torch_attention.py:28 in forward, code: out = weights @ v
        expand_3: "f32[2, 4, 64, 16][12288, 16, 192, 1]cuda:0" = torch.ops.aten.expand.default(permute_3, [2, 4, 64, 16]);  permute_3 = None
        clone_2: "f32[2, 4, 64, 16][4096, 1024, 16, 1]cuda:0" = torch.ops.aten.clone.default(expand_3, memory_format = torch.contiguous_format);  expand_3 = None
        view_9: "f32[8, 64, 16][1024, 16, 1]cuda:0" = torch.ops.aten.reshape.default(clone_2, [8, 64, 16]);  clone_2 = None
        bmm_1: "f32[8, 64, 16][1024, 16, 1]cuda:0" = torch.ops.aten.bmm.default(view_8, view_9);  view_8 = view_9 = None
        view_10: "f32[2, 4, 64, 16][4096, 1024, 16, 1]cuda:0" = torch.ops.aten.reshape.default(bmm_1, [2, 4, 64, 16]);  bmm_1 = None

        # File: /work/main/samples/torch_attention.py:29 in forward, code: return out.transpose(1, 2).reshape(b, s, d)
        permute_5: "f32[2, 64, 4, 16][4096, 16, 1024, 1]cuda:0" = torch.ops.aten.permute.default(view_10, [0, 2, 1, 3]);  view_10 = None
        clone_3: "f32[2, 64, 4, 16][4096, 64, 16, 1]cuda:0" = torch.ops.aten.clone.default(permute_5, memory_format = torch.contiguous_format);  permute_5 = None
        view_11: "f32[2, 64, 64][4096, 64, 1]cuda:0" = torch.ops.aten.reshape.default(clone_3, [2, 64, 64]);  clone_3 = None
        return (view_11,)
