class GraphModule(torch.nn.Module):
    def forward(self, L_y_: "f32[8, 64][64, 1]cpu"):
        l_y_ = L_y_

        # File: /work/main/samples/torch_graph_break.py:19 in torch_dynamo_resume_in_forward_at_18, code: y = y * 2
        y: "f32[8, 64][64, 1]cpu" = l_y_ * 2;  l_y_ = None

        # File: /work/main/samples/torch_graph_break.py:20 in torch_dynamo_resume_in_forward_at_18, code: return torch.tanh(y)
        tanh: "f32[8, 64][64, 1]cpu" = torch.tanh(y);  y = None
        return (tanh,)


# ---- guards: when this graph is reused (Dynamo's guard tree) ----
# TREE_GUARD_MANAGER:
# +- RootGuardManager
# | +- LAMBDA_GUARD: torch._functorch.aot_autograd.utils.top_saved_tensors_hooks ids == None  # _dynamo/output_graph.py:1135 in init_ambient_guards
# | +- GLOBAL_STATE: ___check_global_state() against {"allow_bf16_reduce":0,"allow_fp16_reduce":0,"allow_tf32":false,"autocast_state":{"cached_enabled":true,"dtype":[15,5,5,15,5,5,15,15,5,5],"enabled":[false,false,false,false,false,false,false,false,false,false]},"default_dtype":6,"deterministic_algorithms":false,"deterministic_algorithms_warn_only":false,"grad_mode":false,"num_threads":2,"torch_function":true,"torch_function_all_disabled":false}
# | +- TORCH_FUNCTION_MODE_STACK: ___check_torch_function_mode_stack()
# | +- DEFAULT_DEVICE: utils_device.CURRENT_DEVICE == None                           # _dynamo/output_graph.py:1122 in init_ambient_guards
# | +- GuardManager: source=L['y'], accessed_by=FrameLocalsGuardAccessor(key='y', framelocals_idx=2), type=<class 'torch.Tensor'>, tag_safe=(False, False)
# | | +- TENSOR_MATCH: check_tensor(L['y'], Tensor, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=False, size=[8, 64], stride=[64, 1])  # y = y * 2  # samples/torch_graph_break.py:19 in torch_dynamo_resume_in_forward_at_18
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['y'], '_dynamo_dynamic_indices') == False           # y = y * 2  # samples/torch_graph_break.py:19 in torch_dynamo_resume_in_forward_at_18
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['y'], '_dynamo_weak_dynamic_indices') == False      # y = y * 2  # samples/torch_graph_break.py:19 in torch_dynamo_resume_in_forward_at_18
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['y'], '_dynamo_unbacked_indices') == False          # y = y * 2  # samples/torch_graph_break.py:19 in torch_dynamo_resume_in_forward_at_18
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['y'], '_dynamo_strict_unbacked_indices') == False   # y = y * 2  # samples/torch_graph_break.py:19 in torch_dynamo_resume_in_forward_at_18
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['y'], '_dynamo_static_indices') == False            # y = y * 2  # samples/torch_graph_break.py:19 in torch_dynamo_resume_in_forward_at_18
# | +- GuardManager: source=G, accessed_by=GlobalsGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | +- GuardManager: source=G['torch'], accessed_by=DictGetItemGuardAccessor('torch'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['torch'], 140654625512224), type=<class 'module'>  # return torch.tanh(y)  # samples/torch_graph_break.py:20 in torch_dynamo_resume_in_forward_at_18
# | | | +- GuardManager: source=G['torch'].tanh, accessed_by=GetAttrGuardAccessor(tanh), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | +- ID_MATCH: ___check_obj_id(G['torch'].tanh, 140654618331312), type=<class 'builtin_function_or_method'>  # return torch.tanh(y)  # samples/torch_graph_break.py:20 in torch_dynamo_resume_in_forward_at_18
#
# Guard latency = 109.62 us
