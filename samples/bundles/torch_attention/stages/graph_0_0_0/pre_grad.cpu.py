class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[2, 64, 64][4096, 64, 1]cpu", L_self_modules_qkv_parameters_weight_: "f32[192, 64][64, 1]cpu", L_self_modules_qkv_parameters_bias_: "f32[192][1]cpu"):
        l_x_ = L_x_
        l_self_modules_qkv_parameters_weight_ = L_self_modules_qkv_parameters_weight_
        l_self_modules_qkv_parameters_bias_ = L_self_modules_qkv_parameters_bias_

        # File: /work/main/samples/torch_attention.py:24 in forward, code: q, k, v = self.qkv(x).chunk(3, dim=-1)
        linear: "f32[2, 64, 192][12288, 192, 1]cpu" = torch._C._nn.linear(l_x_, l_self_modules_qkv_parameters_weight_, l_self_modules_qkv_parameters_bias_);  l_x_ = l_self_modules_qkv_parameters_weight_ = l_self_modules_qkv_parameters_bias_ = None
        chunk = linear.chunk(3, dim = -1);  linear = None
        q: "f32[2, 64, 64][12288, 192, 1]cpu" = chunk[0]
        k: "f32[2, 64, 64][12288, 192, 1]cpu" = chunk[1]
        v: "f32[2, 64, 64][12288, 192, 1]cpu" = chunk[2];  chunk = None

        # File: /work/main/samples/torch_attention.py:25 in <genexpr>, code: q, k, v = (t.view(b, s, self.heads, d // self.heads).transpose(1, 2) for t in (q, k, v))
        view: "f32[2, 64, 4, 16][12288, 192, 16, 1]cpu" = q.view(2, 64, 4, 16);  q = None
        q_1: "f32[2, 4, 64, 16][12288, 16, 192, 1]cpu" = view.transpose(1, 2);  view = None
        view_1: "f32[2, 64, 4, 16][12288, 192, 16, 1]cpu" = k.view(2, 64, 4, 16);  k = None
        k_1: "f32[2, 4, 64, 16][12288, 16, 192, 1]cpu" = view_1.transpose(1, 2);  view_1 = None
        view_2: "f32[2, 64, 4, 16][12288, 192, 16, 1]cpu" = v.view(2, 64, 4, 16);  v = None
        v_1: "f32[2, 4, 64, 16][12288, 16, 192, 1]cpu" = view_2.transpose(1, 2);  view_2 = None

        # File: /work/main/samples/torch_attention.py:26 in forward, code: scores = q @ k.transpose(-2, -1) / math.sqrt(d // self.heads)
        transpose_3: "f32[2, 4, 16, 64][12288, 16, 1, 192]cpu" = k_1.transpose(-2, -1);  k_1 = None
        matmul: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cpu" = q_1 @ transpose_3;  q_1 = transpose_3 = None
        scores: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cpu" = matmul / 4.0;  matmul = None

        # File: /work/main/samples/torch_attention.py:27 in forward, code: weights = torch.softmax(scores, dim=-1)
        weights: "f32[2, 4, 64, 64][16384, 4096, 64, 1]cpu" = torch.softmax(scores, dim = -1);  scores = None

        # File: /work/main/samples/torch_attention.py:28 in forward, code: out = weights @ v
        out: "f32[2, 4, 64, 16][4096, 1024, 16, 1]cpu" = weights @ v_1;  weights = v_1 = None

        # File: /work/main/samples/torch_attention.py:29 in forward, code: return out.transpose(1, 2).reshape(b, s, d)
        transpose_4: "f32[2, 64, 4, 16][4096, 16, 1024, 1]cpu" = out.transpose(1, 2);  out = None
        reshape: "f32[2, 64, 64][4096, 64, 1]cpu" = transpose_4.reshape(2, 64, 64);  transpose_4 = None
        return (reshape,)


 # graph id: 140571829360784