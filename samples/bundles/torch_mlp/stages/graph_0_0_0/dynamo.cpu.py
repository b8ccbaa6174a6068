class GraphModule(torch.nn.Module):
    def forward(self, L_self_modules_fc1_parameters_weight_: "f32[1024, 256][256, 1]cpu", L_self_modules_fc1_parameters_bias_: "f32[1024][1]cpu", L_x_: "f32[64, 256][256, 1]cpu", L_self_modules_fc2_parameters_weight_: "f32[256, 1024][1024, 1]cpu", L_self_modules_fc2_parameters_bias_: "f32[256][1]cpu"):
        l_self_modules_fc1_parameters_weight_ = L_self_modules_fc1_parameters_weight_
        l_self_modules_fc1_parameters_bias_ = L_self_modules_fc1_parameters_bias_
        l_x_ = L_x_
        l_self_modules_fc2_parameters_weight_ = L_self_modules_fc2_parameters_weight_
        l_self_modules_fc2_parameters_bias_ = L_self_modules_fc2_parameters_bias_

        # File: /work/main/samples/torch_mlp.py:19 in forward, code: h = torch.nn.functional.gelu(self.fc1(x))
        linear: "f32[64, 1024][1024, 1]cpu" = torch._C._nn.linear(l_x_, l_self_modules_fc1_parameters_weight_, l_self_modules_fc1_parameters_bias_);  l_x_ = l_self_modules_fc1_parameters_weight_ = l_self_modules_fc1_parameters_bias_ = None
        h: "f32[64, 1024][1024, 1]cpu" = torch._C._nn.gelu(linear);  linear = None

        # File: /work/main/samples/torch_mlp.py:20 in forward, code: return torch.softmax(self.fc2(h), dim=-1)
        linear_1: "f32[64, 256][256, 1]cpu" = torch._C._nn.linear(h, l_self_modules_fc2_parameters_weight_, l_self_modules_fc2_parameters_bias_);  h = l_self_modules_fc2_parameters_weight_ = l_self_modules_fc2_parameters_bias_ = None
        softmax: "f32[64, 256][256, 1]cpu" = torch.softmax(linear_1, dim = -1);  linear_1 = None
        return (softmax,)


# ---- guards: when this graph is reused (Dynamo's guard tree) ----
# TREE_GUARD_MANAGER:
# +- RootGuardManager
# | +- LAMBDA_GUARD: torch._functorch.aot_autograd.utils.top_saved_tensors_hooks ids == None  # _dynamo/output_graph.py:1135 in init_ambient_guards
# | +- GLOBAL_STATE: ___check_global_state() against {"allow_bf16_reduce":0,"allow_fp16_reduce":0,"allow_tf32":false,"autocast_state":{"cached_enabled":true,"dtype":[15,5,5,15,5,5,15,15,5,5],"enabled":[false,false,false,false,false,false,false,false,false,false]},"default_dtype":6,"deterministic_algorithms":false,"deterministic_algorithms_warn_only":false,"grad_mode":false,"num_threads":2,"torch_function":true,"torch_function_all_disabled":false}
# | +- TORCH_FUNCTION_MODE_STACK: ___check_torch_function_mode_stack()
# | +- DEFAULT_DEVICE: utils_device.CURRENT_DEVICE == None                           # _dynamo/output_graph.py:1122 in init_ambient_guards
# | +- GuardManager: source=L['x'], accessed_by=FrameLocalsGuardAccessor(key='x', framelocals_idx=1), type=<class 'torch.Tensor'>, tag_safe=(False, False)
# | | +- TENSOR_MATCH: check_tensor(L['x'], Tensor, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=False, size=[64, 256], stride=[256, 1])  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_dynamic_indices') == False           # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_weak_dynamic_indices') == False      # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_unbacked_indices') == False          # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_strict_unbacked_indices') == False   # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_static_indices') == False            # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | +- GuardManager: source=G, accessed_by=GlobalsGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | +- GuardManager: source=G['torch'], accessed_by=DictGetItemGuardAccessor('torch'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['torch'], 140597367711888), type=<class 'module'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward
# | | | +- GuardManager: source=G['torch'].nn, accessed_by=GetAttrGuardAccessor(nn), type=<class 'module'>, tag_safe=(False, False)
# | | | | +- ID_MATCH: ___check_obj_id(G['torch'].nn, 140596785039776), type=<class 'module'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward
# | | | | +- GuardManager: source=G['torch'].nn.functional, accessed_by=GetAttrGuardAccessor(functional), type=<class 'module'>, tag_safe=(False, False)
# | | | | | +- ID_MATCH: ___check_obj_id(G['torch'].nn.functional, 140596780387920), type=<class 'module'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward
# | | | | | +- GuardManager: source=G['torch'].nn.functional.gelu, accessed_by=GetAttrGuardAccessor(gelu), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | | | +- ID_MATCH: ___check_obj_id(G['torch'].nn.functional.gelu, 140596789871456), type=<class 'builtin_function_or_method'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward
# | | | | | +- GuardManager: source=G['torch'].nn.functional.linear, accessed_by=GetAttrGuardAccessor(linear), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | | | +- ID_MATCH: ___check_obj_id(G['torch'].nn.functional.linear, 140596789872576), type=<class 'builtin_function_or_method'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | +- GuardManager: source=G['torch'].softmax, accessed_by=GetAttrGuardAccessor(softmax), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | +- ID_MATCH: ___check_obj_id(G['torch'].softmax, 140597297037152), type=<class 'builtin_function_or_method'>  # return torch.softmax(self.fc2(h), dim=-1)  # samples/torch_mlp.py:20 in forward
# | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_linear'], accessed_by=DictGetItemGuardAccessor('__import_torch_dot_nn_dot_modules_dot_linear'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_linear'], 140596780385840), type=<class 'module'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module'], accessed_by=DictGetItemGuardAccessor('__import_torch_dot_nn_dot_modules_dot_module'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_module'], 140596785049136), type=<class 'module'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_hooks, accessed_by=GetAttrGuardAccessor(_global_forward_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_hooks, 140597390582464), type=<class 'collections.OrderedDict'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_hooks, accessed_by=GetAttrGuardAccessor(_global_backward_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_hooks, 140597390582464), type=<class 'collections.OrderedDict'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_pre_hooks, accessed_by=GetAttrGuardAccessor(_global_forward_pre_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_pre_hooks, 140597390582464), type=<class 'collections.OrderedDict'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_pre_hooks, accessed_by=GetAttrGuardAccessor(_global_backward_pre_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_pre_hooks, 140597390582464), type=<class 'collections.OrderedDict'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward (HINT: type OrderedDict)
# | +- GuardManager: source=L['self'], accessed_by=FrameLocalsGuardAccessor(key='self', framelocals_idx=0), type=<class 'irlens_user_module.Model'>, tag_safe=(False, False)
# | | +- TYPE_MATCH: ___check_type_id(L['self'], 94490189717248), type=<class 'irlens_user_module.Model'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward (HINT: type Model)
# | | +- GuardManager: source=L['self'].__dict__, accessed_by=GetGenericDictGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | | +- GuardManager: source=L['self']._modules, accessed_by=DictGetItemGuardAccessor('_modules'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules, 140597390577312), type=<class 'dict'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward (HINT: type dict)
# | | | | +- GuardManager: source=L['self']._modules['fc1'], accessed_by=DictGetItemGuardAccessor('fc1'), type=<class 'torch.nn.modules.linear.Linear'>, tag_safe=(False, False)
# | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['fc1'], 94490127624592), type=<class 'torch.nn.modules.linear.Linear'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward (HINT: type Linear)
# | | | | | +- GuardManager: source=L['self']._modules['fc1'].__dict__, accessed_by=GetGenericDictGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | +- DICT_CONTAINS: not ___dict_contains('forward', L['self']._modules['fc1'].__dict__)  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward
# | | | | | | +- GuardManager: source=L['self']._modules['fc1']._parameters, accessed_by=DictGetItemGuardAccessor('_parameters'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['fc1']._parameters, 140597390577312), type=<class 'dict'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward (HINT: type dict)
# | | | | | | | +- GuardManager: source=L['self']._modules['fc1']._parameters['bias'], accessed_by=DictGetItemGuardAccessor('bias'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['fc1']._parameters['bias'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[1024], stride=[1])  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc1']._parameters['bias'], '_dynamo_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc1']._parameters['bias'], '_dynamo_weak_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc1']._parameters['bias'], '_dynamo_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc1']._parameters['bias'], '_dynamo_strict_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc1']._parameters['bias'], '_dynamo_static_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | +- GuardManager: source=L['self']._modules['fc1']._parameters['weight'], accessed_by=DictGetItemGuardAccessor('weight'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['fc1']._parameters['weight'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[1024, 256], stride=[256, 1])  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc1']._parameters['weight'], '_dynamo_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc1']._parameters['weight'], '_dynamo_weak_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc1']._parameters['weight'], '_dynamo_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc1']._parameters['weight'], '_dynamo_strict_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc1']._parameters['weight'], '_dynamo_static_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | +- GuardManager: source=L['self']._modules['fc2'], accessed_by=DictGetItemGuardAccessor('fc2'), type=<class 'torch.nn.modules.linear.Linear'>, tag_safe=(False, False)
# | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['fc2'], 94490127624592), type=<class 'torch.nn.modules.linear.Linear'>  # return torch.softmax(self.fc2(h), dim=-1)  # samples/torch_mlp.py:20 in forward (HINT: type Linear)
# | | | | | +- GuardManager: source=L['self']._modules['fc2'].__dict__, accessed_by=GetGenericDictGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | +- DICT_CONTAINS: not ___dict_contains('forward', L['self']._modules['fc2'].__dict__)  # return torch.softmax(self.fc2(h), dim=-1)  # samples/torch_mlp.py:20 in forward
# | | | | | | +- GuardManager: source=L['self']._modules['fc2']._parameters, accessed_by=DictGetItemGuardAccessor('_parameters'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['fc2']._parameters, 140597390577312), type=<class 'dict'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward (HINT: type dict)
# | | | | | | | +- GuardManager: source=L['self']._modules['fc2']._parameters['bias'], accessed_by=DictGetItemGuardAccessor('bias'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['fc2']._parameters['bias'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[256], stride=[1])  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc2']._parameters['bias'], '_dynamo_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc2']._parameters['bias'], '_dynamo_weak_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc2']._parameters['bias'], '_dynamo_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc2']._parameters['bias'], '_dynamo_strict_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc2']._parameters['bias'], '_dynamo_static_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | +- GuardManager: source=L['self']._modules['fc2']._parameters['weight'], accessed_by=DictGetItemGuardAccessor('weight'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['fc2']._parameters['weight'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[256, 1024], stride=[1024, 1])  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc2']._parameters['weight'], '_dynamo_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc2']._parameters['weight'], '_dynamo_weak_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc2']._parameters['weight'], '_dynamo_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc2']._parameters['weight'], '_dynamo_strict_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc2']._parameters['weight'], '_dynamo_static_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | +- GuardManager: source=L['self']._parameters, accessed_by=DictGetItemGuardAccessor('_parameters'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(L['self']._parameters, 140597390577312), type=<class 'dict'>  # h = torch.nn.functional.gelu(self.fc1(x))  # samples/torch_mlp.py:19 in forward (HINT: type dict)
# +- LAMBDA_GUARD: G['torch'].nn.functional is G['__import_torch_dot_nn_dot_modules_dot_linear'].F  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
#
# Guard latency = 102.17 us
