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


# ---- guards: when this graph is reused (Dynamo's guard tree) ----
# TREE_GUARD_MANAGER:
# +- RootGuardManager
# | +- LAMBDA_GUARD: torch._functorch.aot_autograd.utils.top_saved_tensors_hooks ids == None  # _dynamo/output_graph.py:1135 in init_ambient_guards
# | +- GLOBAL_STATE: ___check_global_state() against {"allow_bf16_reduce":0,"allow_fp16_reduce":0,"allow_tf32":false,"autocast_state":{"cached_enabled":true,"dtype":[15,5,5,15,5,5,15,15,5,5],"enabled":[false,false,false,false,false,false,false,false,false,false]},"default_dtype":6,"deterministic_algorithms":false,"deterministic_algorithms_warn_only":false,"grad_mode":false,"num_threads":2,"torch_function":true,"torch_function_all_disabled":false}
# | +- TORCH_FUNCTION_MODE_STACK: ___check_torch_function_mode_stack()
# | +- DEFAULT_DEVICE: utils_device.CURRENT_DEVICE == None                           # _dynamo/output_graph.py:1122 in init_ambient_guards
# | +- GuardManager: source=L['x'], accessed_by=FrameLocalsGuardAccessor(key='x', framelocals_idx=1), type=<class 'torch.Tensor'>, tag_safe=(False, False)
# | | +- TENSOR_MATCH: check_tensor(L['x'], Tensor, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=False, size=[2, 64, 64], stride=[4096, 64, 1])  # b, s, d = x.shape  # samples/torch_attention.py:23 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_dynamic_indices') == False           # b, s, d = x.shape  # samples/torch_attention.py:23 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_weak_dynamic_indices') == False      # b, s, d = x.shape  # samples/torch_attention.py:23 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_unbacked_indices') == False          # b, s, d = x.shape  # samples/torch_attention.py:23 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_strict_unbacked_indices') == False   # b, s, d = x.shape  # samples/torch_attention.py:23 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_static_indices') == False            # b, s, d = x.shape  # samples/torch_attention.py:23 in forward
# | +- GuardManager: source=G, accessed_by=GlobalsGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | +- GuardManager: source=G['math'], accessed_by=DictGetItemGuardAccessor('math'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['math'], 140572729587040), type=<class 'module'>  # scores = q @ k.transpose(-2, -1) / math.sqrt(d // self.heads)  # samples/torch_attention.py:26 in forward
# | | | +- GuardManager: source=G['math'].sqrt, accessed_by=GetAttrGuardAccessor(sqrt), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | +- ID_MATCH: ___check_obj_id(G['math'].sqrt, 140572729640096), type=<class 'builtin_function_or_method'>  # scores = q @ k.transpose(-2, -1) / math.sqrt(d // self.heads)  # samples/torch_attention.py:26 in forward
# | | +- GuardManager: source=G['torch'], accessed_by=DictGetItemGuardAccessor('torch'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['torch'], 140572727794464), type=<class 'module'>  # weights = torch.softmax(scores, dim=-1)  # samples/torch_attention.py:27 in forward
# | | | +- GuardManager: source=G['torch'].softmax, accessed_by=GetAttrGuardAccessor(softmax), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | +- ID_MATCH: ___check_obj_id(G['torch'].softmax, 140572686859808), type=<class 'builtin_function_or_method'>  # weights = torch.softmax(scores, dim=-1)  # samples/torch_attention.py:27 in forward
# | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_linear'], accessed_by=DictGetItemGuardAccessor('__import_torch_dot_nn_dot_modules_dot_linear'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_linear'], 140572140531568), type=<class 'module'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_linear'].F, accessed_by=GetAttrGuardAccessor(F), type=<class 'module'>, tag_safe=(False, False)
# | | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_linear'].F, 140572140533648), type=<class 'module'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_linear'].F.linear, accessed_by=GetAttrGuardAccessor(linear), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_linear'].F.linear, 140572669217744), type=<class 'builtin_function_or_method'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module'], accessed_by=DictGetItemGuardAccessor('__import_torch_dot_nn_dot_modules_dot_module'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_module'], 140572145259664), type=<class 'module'>  # q, k, v = self.qkv(x).chunk(3, dim=-1)  # samples/torch_attention.py:24 in forward
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_hooks, accessed_by=GetAttrGuardAccessor(_global_forward_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_hooks, 140572749046464), type=<class 'collections.OrderedDict'>  # q, k, v = self.qkv(x).chunk(3, dim=-1)  # samples/torch_attention.py:24 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_hooks, accessed_by=GetAttrGuardAccessor(_global_backward_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_hooks, 140572749046464), type=<class 'collections.OrderedDict'>  # q, k, v = self.qkv(x).chunk(3, dim=-1)  # samples/torch_attention.py:24 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_pre_hooks, accessed_by=GetAttrGuardAccessor(_global_forward_pre_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_pre_hooks, 140572749046464), type=<class 'collections.OrderedDict'>  # q, k, v = self.qkv(x).chunk(3, dim=-1)  # samples/torch_attention.py:24 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_pre_hooks, accessed_by=GetAttrGuardAccessor(_global_backward_pre_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_pre_hooks, 140572749046464), type=<class 'collections.OrderedDict'>  # q, k, v = self.qkv(x).chunk(3, dim=-1)  # samples/torch_attention.py:24 in forward (HINT: type OrderedDict)
# | +- GuardManager: source=L['self'], accessed_by=FrameLocalsGuardAccessor(key='self', framelocals_idx=0), type=<class 'irlens_user_module.Model'>, tag_safe=(False, False)
# | | +- TYPE_MATCH: ___check_type_id(L['self'], 94063164341408), type=<class 'irlens_user_module.Model'>  # q, k, v = self.qkv(x).chunk(3, dim=-1)  # samples/torch_attention.py:24 in forward (HINT: type Model)
# | | +- GuardManager: source=L['self'].__dict__, accessed_by=GetGenericDictGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | | +- GuardManager: source=L['self'].heads, accessed_by=DictGetItemGuardAccessor('heads'), type=<class 'int'>, tag_safe=(False, False)
# | | | | +- EQUALS_MATCH: L['self'].heads == 4                                          # q, k, v = (t.view(b, s, self.heads, d // self.heads).transpose(1, 2) for t in (q, k, v))  # samples/torch_attention.py:25 in forward (HINT: torch.compile considers integer attributes of the nn.Module to be static. If you are observing recompilation, you might want to make this integer dynamic using torch._dynamo.config.allow_unspec_int_on_nn_module = True, or convert this integer into a tensor.)
# | | | +- GuardManager: source=L['self']._modules, accessed_by=DictGetItemGuardAccessor('_modules'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules, 140572749041312), type=<class 'dict'>  # q, k, v = self.qkv(x).chunk(3, dim=-1)  # samples/torch_attention.py:24 in forward (HINT: type dict)
# | | | | +- GuardManager: source=L['self']._modules['qkv'], accessed_by=DictGetItemGuardAccessor('qkv'), type=<class 'torch.nn.modules.linear.Linear'>, tag_safe=(False, False)
# | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['qkv'], 94063146112784), type=<class 'torch.nn.modules.linear.Linear'>  # q, k, v = self.qkv(x).chunk(3, dim=-1)  # samples/torch_attention.py:24 in forward (HINT: type Linear)
# | | | | | +- GuardManager: source=L['self']._modules['qkv'].__dict__, accessed_by=GetGenericDictGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | +- DICT_CONTAINS: not ___dict_contains('forward', L['self']._modules['qkv'].__dict__)  # q, k, v = self.qkv(x).chunk(3, dim=-1)  # samples/torch_attention.py:24 in forward
# | | | | | | +- GuardManager: source=L['self']._modules['qkv']._parameters, accessed_by=DictGetItemGuardAccessor('_parameters'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['qkv']._parameters, 140572749041312), type=<class 'dict'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward (HINT: type dict)
# | | | | | | | +- GuardManager: source=L['self']._modules['qkv']._parameters['bias'], accessed_by=DictGetItemGuardAccessor('bias'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['qkv']._parameters['bias'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[192], stride=[1])  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['qkv']._parameters['bias'], '_dynamo_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['qkv']._parameters['bias'], '_dynamo_weak_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['qkv']._parameters['bias'], '_dynamo_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['qkv']._parameters['bias'], '_dynamo_strict_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['qkv']._parameters['bias'], '_dynamo_static_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | +- GuardManager: source=L['self']._modules['qkv']._parameters['weight'], accessed_by=DictGetItemGuardAccessor('weight'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['qkv']._parameters['weight'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[192, 64], stride=[64, 1])  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['qkv']._parameters['weight'], '_dynamo_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['qkv']._parameters['weight'], '_dynamo_weak_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['qkv']._parameters['weight'], '_dynamo_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['qkv']._parameters['weight'], '_dynamo_strict_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['qkv']._parameters['weight'], '_dynamo_static_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | +- GuardManager: source=L['self']._parameters, accessed_by=DictGetItemGuardAccessor('_parameters'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(L['self']._parameters, 140572749041312), type=<class 'dict'>  # q, k, v = self.qkv(x).chunk(3, dim=-1)  # samples/torch_attention.py:24 in forward (HINT: type dict)
#
# Guard latency = 105.24 us
