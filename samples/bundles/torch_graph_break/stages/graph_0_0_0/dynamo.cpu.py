class GraphModule(torch.nn.Module):
    def forward(self, L_self_modules_fc_parameters_weight_: "f32[64, 64][64, 1]cpu", L_self_modules_fc_parameters_bias_: "f32[64][1]cpu", L_x_: "f32[8, 64][64, 1]cpu"):
        l_self_modules_fc_parameters_weight_ = L_self_modules_fc_parameters_weight_
        l_self_modules_fc_parameters_bias_ = L_self_modules_fc_parameters_bias_
        l_x_ = L_x_

        # File: /work/main/samples/torch_graph_break.py:17 in forward, code: y = torch.relu(self.fc(x))
        linear: "f32[8, 64][64, 1]cpu" = torch._C._nn.linear(l_x_, l_self_modules_fc_parameters_weight_, l_self_modules_fc_parameters_bias_);  l_x_ = l_self_modules_fc_parameters_weight_ = l_self_modules_fc_parameters_bias_ = None
        y: "f32[8, 64][64, 1]cpu" = torch.relu(linear);  linear = None

        # File: /work/main/samples/torch_graph_break.py:18 in forward, code: if y.sum() > 0:
        sum_1: "f32[][]cpu" = y.sum()
        gt: "b8[][]cpu" = sum_1 > 0;  sum_1 = None
        return (gt, y)


# ---- guards: when this graph is reused (Dynamo's guard tree) ----
# TREE_GUARD_MANAGER:
# +- RootGuardManager
# | +- LAMBDA_GUARD: torch._functorch.aot_autograd.utils.top_saved_tensors_hooks ids == None  # _dynamo/output_graph.py:1135 in init_ambient_guards
# | +- GLOBAL_STATE: ___check_global_state() against {"allow_bf16_reduce":0,"allow_fp16_reduce":0,"allow_tf32":false,"autocast_state":{"cached_enabled":true,"dtype":[15,5,5,15,5,5,15,15,5,5],"enabled":[false,false,false,false,false,false,false,false,false,false]},"default_dtype":6,"deterministic_algorithms":false,"deterministic_algorithms_warn_only":false,"grad_mode":false,"num_threads":2,"torch_function":true,"torch_function_all_disabled":false}
# | +- TORCH_FUNCTION_MODE_STACK: ___check_torch_function_mode_stack()
# | +- DEFAULT_DEVICE: utils_device.CURRENT_DEVICE == None                           # _dynamo/output_graph.py:1122 in init_ambient_guards
# | +- GuardManager: source=L['x'], accessed_by=FrameLocalsGuardAccessor(key='x', framelocals_idx=1), type=<class 'torch.Tensor'>, tag_safe=(False, False)
# | | +- TENSOR_MATCH: check_tensor(L['x'], Tensor, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=False, size=[8, 64], stride=[64, 1])  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_dynamic_indices') == False           # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_weak_dynamic_indices') == False      # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_unbacked_indices') == False          # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_strict_unbacked_indices') == False   # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_static_indices') == False            # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | +- GuardManager: source=G, accessed_by=GlobalsGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | +- GuardManager: source=G['torch'], accessed_by=DictGetItemGuardAccessor('torch'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['torch'], 140654625512224), type=<class 'module'>  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward
# | | | +- GuardManager: source=G['torch'].relu, accessed_by=GetAttrGuardAccessor(relu), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | +- ID_MATCH: ___check_obj_id(G['torch'].relu, 140654609513296), type=<class 'builtin_function_or_method'>  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward
# | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_linear'], accessed_by=DictGetItemGuardAccessor('__import_torch_dot_nn_dot_modules_dot_linear'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_linear'], 140654036463232), type=<class 'module'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_linear'].F, accessed_by=GetAttrGuardAccessor(F), type=<class 'module'>, tag_safe=(False, False)
# | | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_linear'].F, 140654036465312), type=<class 'module'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_linear'].F.linear, accessed_by=GetAttrGuardAccessor(linear), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_linear'].F.linear, 140654123650960), type=<class 'builtin_function_or_method'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module'], accessed_by=DictGetItemGuardAccessor('__import_torch_dot_nn_dot_modules_dot_module'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_module'], 140654041174944), type=<class 'module'>  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_hooks, accessed_by=GetAttrGuardAccessor(_global_forward_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_hooks, 140654647026368), type=<class 'collections.OrderedDict'>  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_hooks, accessed_by=GetAttrGuardAccessor(_global_backward_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_hooks, 140654647026368), type=<class 'collections.OrderedDict'>  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_pre_hooks, accessed_by=GetAttrGuardAccessor(_global_forward_pre_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_pre_hooks, 140654647026368), type=<class 'collections.OrderedDict'>  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_pre_hooks, accessed_by=GetAttrGuardAccessor(_global_backward_pre_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_pre_hooks, 140654647026368), type=<class 'collections.OrderedDict'>  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward (HINT: type OrderedDict)
# | +- GuardManager: source=L['self'], accessed_by=FrameLocalsGuardAccessor(key='self', framelocals_idx=0), type=<class 'irlens_user_module.Model'>, tag_safe=(False, False)
# | | +- TYPE_MATCH: ___check_type_id(L['self'], 94158337256512), type=<class 'irlens_user_module.Model'>  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward (HINT: type Model)
# | | +- GuardManager: source=L['self'].__dict__, accessed_by=GetGenericDictGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | | +- GuardManager: source=L['self']._modules, accessed_by=DictGetItemGuardAccessor('_modules'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules, 140654647021216), type=<class 'dict'>  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward (HINT: type dict)
# | | | | +- GuardManager: source=L['self']._modules['fc'], accessed_by=DictGetItemGuardAccessor('fc'), type=<class 'torch.nn.modules.linear.Linear'>, tag_safe=(False, False)
# | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['fc'], 94158319027968), type=<class 'torch.nn.modules.linear.Linear'>  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward (HINT: type Linear)
# | | | | | +- GuardManager: source=L['self']._modules['fc'].__dict__, accessed_by=GetGenericDictGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | +- DICT_CONTAINS: not ___dict_contains('forward', L['self']._modules['fc'].__dict__)  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward
# | | | | | | +- GuardManager: source=L['self']._modules['fc']._parameters, accessed_by=DictGetItemGuardAccessor('_parameters'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['fc']._parameters, 140654647021216), type=<class 'dict'>  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward (HINT: type dict)
# | | | | | | | +- GuardManager: source=L['self']._modules['fc']._parameters['bias'], accessed_by=DictGetItemGuardAccessor('bias'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['fc']._parameters['bias'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[64], stride=[1])  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc']._parameters['bias'], '_dynamo_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc']._parameters['bias'], '_dynamo_weak_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc']._parameters['bias'], '_dynamo_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc']._parameters['bias'], '_dynamo_strict_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc']._parameters['bias'], '_dynamo_static_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | +- GuardManager: source=L['self']._modules['fc']._parameters['weight'], accessed_by=DictGetItemGuardAccessor('weight'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['fc']._parameters['weight'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[64, 64], stride=[64, 1])  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc']._parameters['weight'], '_dynamo_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc']._parameters['weight'], '_dynamo_weak_dynamic_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc']._parameters['weight'], '_dynamo_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc']._parameters['weight'], '_dynamo_strict_unbacked_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['fc']._parameters['weight'], '_dynamo_static_indices') == False  # return F.linear(input, self.weight, self.bias)  # nn/modules/linear.py:134 in forward
# | | | +- GuardManager: source=L['self']._parameters, accessed_by=DictGetItemGuardAccessor('_parameters'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(L['self']._parameters, 140654647021216), type=<class 'dict'>  # y = torch.relu(self.fc(x))  # samples/torch_graph_break.py:17 in forward (HINT: type dict)
#
# Guard latency = 101.87 us
