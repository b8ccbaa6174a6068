class GraphModule(torch.nn.Module):
    def forward(self, L_y_: "f32[8, 64][64, 1]cpu"):
        l_y_ = L_y_

        # File: /work/main/samples/torch_graph_break.py:19 in torch_dynamo_resume_in_forward_at_18, code: y = y * 2
        y: "f32[8, 64][64, 1]cpu" = l_y_ * 2;  l_y_ = None

        # File: /work/main/samples/torch_graph_break.py:20 in torch_dynamo_resume_in_forward_at_18, code: return torch.tanh(y)
        tanh: "f32[8, 64][64, 1]cpu" = torch.tanh(y);  y = None
        return (tanh,)


 # graph id: 140653701877968