class GraphModule(torch.nn.Module):
    def forward(self, L_self_modules_conv_parameters_weight_: "f32[16, 3, 3, 3][27, 9, 3, 1]cpu", L_self_modules_conv_parameters_bias_: "f32[16][1]cpu", L_x_: "f32[2, 3, 16, 16][768, 256, 16, 1]cpu", L_self_modules_bn_buffers_running_mean_: "f32[16][1]cpu", L_self_modules_bn_buffers_running_var_: "f32[16][1]cpu", L_self_modules_bn_parameters_weight_: "f32[16][1]cpu", L_self_modules_bn_parameters_bias_: "f32[16][1]cpu"):
        l_self_modules_conv_parameters_weight_ = L_self_modules_conv_parameters_weight_
        l_self_modules_conv_parameters_bias_ = L_self_modules_conv_parameters_bias_
        l_x_ = L_x_
        l_self_modules_bn_buffers_running_mean_ = L_self_modules_bn_buffers_running_mean_
        l_self_modules_bn_buffers_running_var_ = L_self_modules_bn_buffers_running_var_
        l_self_modules_bn_parameters_weight_ = L_self_modules_bn_parameters_weight_
        l_self_modules_bn_parameters_bias_ = L_self_modules_bn_parameters_bias_

        # File: /work/main/samples/torch_conv_bn_relu.py:24 in forward, code: return torch.relu(self.bn(self.conv(x)))
        conv2d: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.conv2d(l_x_, l_self_modules_conv_parameters_weight_, l_self_modules_conv_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  l_x_ = l_self_modules_conv_parameters_weight_ = l_self_modules_conv_parameters_bias_ = None
        batch_norm: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.nn.functional.batch_norm(conv2d, l_self_modules_bn_buffers_running_mean_, l_self_modules_bn_buffers_running_var_, l_self_modules_bn_parameters_weight_, l_self_modules_bn_parameters_bias_, False, 0.1, 1e-05);  conv2d = l_self_modules_bn_buffers_running_mean_ = l_self_modules_bn_buffers_running_var_ = l_self_modules_bn_parameters_weight_ = l_self_modules_bn_parameters_bias_ = None
        relu: "f32[2, 16, 16, 16][4096, 256, 16, 1]cpu" = torch.relu(batch_norm);  batch_norm = None
        return (relu,)


# ---- guards: when this graph is reused (Dynamo's guard tree) ----
# TREE_GUARD_MANAGER:
# +- RootGuardManager
# | +- LAMBDA_GUARD: torch._functorch.aot_autograd.utils.top_saved_tensors_hooks ids == None  # _dynamo/output_graph.py:1135 in init_ambient_guards
# | +- GLOBAL_STATE: ___check_global_state() against {"allow_bf16_reduce":0,"allow_fp16_reduce":0,"allow_tf32":false,"autocast_state":{"cached_enabled":true,"dtype":[15,5,5,15,5,5,15,15,5,5],"enabled":[false,false,false,false,false,false,false,false,false,false]},"default_dtype":6,"deterministic_algorithms":false,"deterministic_algorithms_warn_only":false,"grad_mode":false,"num_threads":2,"torch_function":true,"torch_function_all_disabled":false}
# | +- TORCH_FUNCTION_MODE_STACK: ___check_torch_function_mode_stack()
# | +- DEFAULT_DEVICE: utils_device.CURRENT_DEVICE == None                           # _dynamo/output_graph.py:1122 in init_ambient_guards
# | +- GuardManager: source=L['x'], accessed_by=FrameLocalsGuardAccessor(key='x', framelocals_idx=1), type=<class 'torch.Tensor'>, tag_safe=(False, False)
# | | +- TENSOR_MATCH: check_tensor(L['x'], Tensor, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=False, size=[2, 3, 16, 16], stride=[768, 256, 16, 1])  # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_dynamic_indices') == False           # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_weak_dynamic_indices') == False      # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_unbacked_indices') == False          # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_strict_unbacked_indices') == False   # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_static_indices') == False            # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | +- GuardManager: source=G, accessed_by=GlobalsGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | +- GuardManager: source=G['torch'], accessed_by=DictGetItemGuardAccessor('torch'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['torch'], 140612543290144), type=<class 'module'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward
# | | | +- GuardManager: source=G['torch'].relu, accessed_by=GetAttrGuardAccessor(relu), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | +- ID_MATCH: ___check_obj_id(G['torch'].relu, 140612436245088), type=<class 'builtin_function_or_method'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward
# | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_conv'], accessed_by=DictGetItemGuardAccessor('__import_torch_dot_nn_dot_modules_dot_conv'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_conv'], 140611950657600), type=<class 'module'>  # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_conv'].F, accessed_by=GetAttrGuardAccessor(F), type=<class 'module'>, tag_safe=(False, False)
# | | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_conv'].F, 140611953931216), type=<class 'module'>  # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_conv'].F.conv2d, accessed_by=GetAttrGuardAccessor(conv2d), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_conv'].F.conv2d, 140612536556000), type=<class 'builtin_function_or_method'>  # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_conv'].F.batch_norm, accessed_by=GetAttrGuardAccessor(batch_norm), type=<class 'function'>, tag_safe=(False, False)
# | | | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_conv'].F.batch_norm.__code__, accessed_by=CodeGuardAccessor, type=<class 'code'>, tag_safe=(False, False)
# | | | | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_conv'].F.batch_norm.__code__, 94004231063504), type=<class 'code'>  # return F.batch_norm(  # nn/modules/batchnorm.py:210 in forward
# | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module'], accessed_by=DictGetItemGuardAccessor('__import_torch_dot_nn_dot_modules_dot_module'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_module'], 140611958657872), type=<class 'module'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_hooks, accessed_by=GetAttrGuardAccessor(_global_forward_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_hooks, 140612565574336), type=<class 'collections.OrderedDict'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_hooks, accessed_by=GetAttrGuardAccessor(_global_backward_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_hooks, 140612565574336), type=<class 'collections.OrderedDict'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_pre_hooks, accessed_by=GetAttrGuardAccessor(_global_forward_pre_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_forward_pre_hooks, 140612565574336), type=<class 'collections.OrderedDict'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward (HINT: type OrderedDict)
# | | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_pre_hooks, accessed_by=GetAttrGuardAccessor(_global_backward_pre_hooks), type=<class 'collections.OrderedDict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(G['__import_torch_dot_nn_dot_modules_dot_module']._global_backward_pre_hooks, 140612565574336), type=<class 'collections.OrderedDict'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward (HINT: type OrderedDict)
# | | +- GuardManager: source=G['__import_torch_dot_nn_dot_modules_dot_batchnorm'], accessed_by=DictGetItemGuardAccessor('__import_torch_dot_nn_dot_modules_dot_batchnorm'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['__import_torch_dot_nn_dot_modules_dot_batchnorm'], 140611950697568), type=<class 'module'>  # return F.batch_norm(  # nn/modules/batchnorm.py:210 in forward
# | +- GuardManager: source=L['self'], accessed_by=FrameLocalsGuardAccessor(key='self', framelocals_idx=0), type=<class 'irlens_user_module.Model'>, tag_safe=(False, False)
# | | +- TYPE_MATCH: ___check_type_id(L['self'], 94004167888448), type=<class 'irlens_user_module.Model'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward (HINT: type Model)
# | | +- GuardManager: source=L['self'].__dict__, accessed_by=GetGenericDictGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | | +- GuardManager: source=L['self']._modules, accessed_by=DictGetItemGuardAccessor('_modules'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules, 140612565569184), type=<class 'dict'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward (HINT: type dict)
# | | | | +- GuardManager: source=L['self']._modules['bn'], accessed_by=DictGetItemGuardAccessor('bn'), type=<class 'torch.nn.modules.batchnorm.BatchNorm2d'>, tag_safe=(False, False)
# | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['bn'], 94004233404064), type=<class 'torch.nn.modules.batchnorm.BatchNorm2d'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward (HINT: type BatchNorm2d)
# | | | | | +- GuardManager: source=L['self']._modules['bn'].__dict__, accessed_by=GetGenericDictGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | +- DICT_CONTAINS: not ___dict_contains('forward', L['self']._modules['bn'].__dict__)  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward
# | | | | | | +- DICT_CONTAINS: not ___dict_contains('_check_input_dim', L['self']._modules['bn'].__dict__)  # self._check_input_dim(input)  # nn/modules/batchnorm.py:177 in forward
# | | | | | | +- GuardManager: source=L['self']._modules['bn'].eps, accessed_by=DictGetItemGuardAccessor('eps'), type=<class 'float'>, tag_safe=(False, False)
# | | | | | | | +- EQUALS_MATCH: L['self']._modules['bn'].eps == 1e-05                         # return F.batch_norm(  # nn/modules/batchnorm.py:210 in forward
# | | | | | | +- GuardManager: source=L['self']._modules['bn']._buffers, accessed_by=DictGetItemGuardAccessor('_buffers'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['bn']._buffers, 140612565569184), type=<class 'dict'>  # bn_training = (self.running_mean is None) and (self.running_var is None)  # nn/modules/batchnorm.py:203 in forward (HINT: type dict)
# | | | | | | | +- GuardManager: source=L['self']._modules['bn']._buffers['running_var'], accessed_by=DictGetItemGuardAccessor('running_var'), type=<class 'torch.Tensor'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['bn']._buffers['running_var'], Tensor, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=False, size=[16], stride=[1])  # self.running_var if not self.training or self.track_running_stats else None,  # nn/modules/batchnorm.py:218 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._buffers['running_var'], '_dynamo_dynamic_indices') == False  # self.running_var if not self.training or self.track_running_stats else None,  # nn/modules/batchnorm.py:218 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._buffers['running_var'], '_dynamo_weak_dynamic_indices') == False  # self.running_var if not self.training or self.track_running_stats else None,  # nn/modules/batchnorm.py:218 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._buffers['running_var'], '_dynamo_unbacked_indices') == False  # self.running_var if not self.training or self.track_running_stats else None,  # nn/modules/batchnorm.py:218 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._buffers['running_var'], '_dynamo_strict_unbacked_indices') == False  # self.running_var if not self.training or self.track_running_stats else None,  # nn/modules/batchnorm.py:218 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._buffers['running_var'], '_dynamo_static_indices') == False  # self.running_var if not self.training or self.track_running_stats else None,  # nn/modules/batchnorm.py:218 in forward
# | | | | | | | +- GuardManager: source=L['self']._modules['bn']._buffers['running_mean'], accessed_by=DictGetItemGuardAccessor('running_mean'), type=<class 'torch.Tensor'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['bn']._buffers['running_mean'], Tensor, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=False, size=[16], stride=[1])  # bn_training = (self.running_mean is None) and (self.running_var is None)  # nn/modules/batchnorm.py:203 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._buffers['running_mean'], '_dynamo_dynamic_indices') == False  # bn_training = (self.running_mean is None) and (self.running_var is None)  # nn/modules/batchnorm.py:203 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._buffers['running_mean'], '_dynamo_weak_dynamic_indices') == False  # bn_training = (self.running_mean is None) and (self.running_var is None)  # nn/modules/batchnorm.py:203 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._buffers['running_mean'], '_dynamo_unbacked_indices') == False  # bn_training = (self.running_mean is None) and (self.running_var is None)  # nn/modules/batchnorm.py:203 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._buffers['running_mean'], '_dynamo_strict_unbacked_indices') == False  # bn_training = (self.running_mean is None) and (self.running_var is None)  # nn/modules/batchnorm.py:203 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._buffers['running_mean'], '_dynamo_static_indices') == False  # bn_training = (self.running_mean is None) and (self.running_var is None)  # nn/modules/batchnorm.py:203 in forward
# | | | | | | +- GuardManager: source=L['self']._modules['bn']._modules, accessed_by=DictGetItemGuardAccessor('_modules'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['bn']._modules, 140612565569184), type=<class 'dict'>  # bn_training = (self.running_mean is None) and (self.running_var is None)  # nn/modules/batchnorm.py:203 in forward (HINT: type dict)
# | | | | | | +- GuardManager: source=L['self']._modules['bn'].momentum, accessed_by=DictGetItemGuardAccessor('momentum'), type=<class 'float'>, tag_safe=(False, False)
# | | | | | | | +- EQUALS_MATCH: L['self']._modules['bn'].momentum == 0.1                      # if self.momentum is None:  # nn/modules/batchnorm.py:182 in forward
# | | | | | | +- GuardManager: source=L['self']._modules['bn'].training, accessed_by=DictGetItemGuardAccessor('training'), type=<class 'bool'>, tag_safe=(False, False)
# | | | | | | | +- FALSE_MATCH: L['self']._modules['bn'].training == False                    # if self.training and self.track_running_stats:  # nn/modules/batchnorm.py:187 in forward
# | | | | | | +- GuardManager: source=L['self']._modules['bn']._parameters, accessed_by=DictGetItemGuardAccessor('_parameters'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['bn']._parameters, 140612565569184), type=<class 'dict'>  # bn_training = (self.running_mean is None) and (self.running_var is None)  # nn/modules/batchnorm.py:203 in forward (HINT: type dict)
# | | | | | | | +- GuardManager: source=L['self']._modules['bn']._parameters['bias'], accessed_by=DictGetItemGuardAccessor('bias'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['bn']._parameters['bias'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[16], stride=[1])  # self.bias,  # nn/modules/batchnorm.py:220 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._parameters['bias'], '_dynamo_dynamic_indices') == False  # self.bias,  # nn/modules/batchnorm.py:220 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._parameters['bias'], '_dynamo_weak_dynamic_indices') == False  # self.bias,  # nn/modules/batchnorm.py:220 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._parameters['bias'], '_dynamo_unbacked_indices') == False  # self.bias,  # nn/modules/batchnorm.py:220 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._parameters['bias'], '_dynamo_strict_unbacked_indices') == False  # self.bias,  # nn/modules/batchnorm.py:220 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._parameters['bias'], '_dynamo_static_indices') == False  # self.bias,  # nn/modules/batchnorm.py:220 in forward
# | | | | | | | +- GuardManager: source=L['self']._modules['bn']._parameters['weight'], accessed_by=DictGetItemGuardAccessor('weight'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['bn']._parameters['weight'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[16], stride=[1])  # self.weight,  # nn/modules/batchnorm.py:219 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._parameters['weight'], '_dynamo_dynamic_indices') == False  # self.weight,  # nn/modules/batchnorm.py:219 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._parameters['weight'], '_dynamo_weak_dynamic_indices') == False  # self.weight,  # nn/modules/batchnorm.py:219 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._parameters['weight'], '_dynamo_unbacked_indices') == False  # self.weight,  # nn/modules/batchnorm.py:219 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._parameters['weight'], '_dynamo_strict_unbacked_indices') == False  # self.weight,  # nn/modules/batchnorm.py:219 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['bn']._parameters['weight'], '_dynamo_static_indices') == False  # self.weight,  # nn/modules/batchnorm.py:219 in forward
# | | | | +- GuardManager: source=L['self']._modules['conv'], accessed_by=DictGetItemGuardAccessor('conv'), type=<class 'torch.nn.modules.conv.Conv2d'>, tag_safe=(False, False)
# | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['conv'], 94004234031904), type=<class 'torch.nn.modules.conv.Conv2d'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward (HINT: type Conv2d)
# | | | | | +- GuardManager: source=L['self']._modules['conv'].__dict__, accessed_by=GetGenericDictGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | +- DICT_CONTAINS: not ___dict_contains('forward', L['self']._modules['conv'].__dict__)  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward
# | | | | | | +- DICT_CONTAINS: not ___dict_contains('_conv_forward', L['self']._modules['conv'].__dict__)  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | +- GuardManager: source=L['self']._modules['conv'].groups, accessed_by=DictGetItemGuardAccessor('groups'), type=<class 'int'>, tag_safe=(False, False)
# | | | | | | | +- EQUALS_MATCH: L['self']._modules['conv'].groups == 1                        # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward (HINT: torch.compile considers integer attributes of the nn.Module to be static. If you are observing recompilation, you might want to make this integer dynamic using torch._dynamo.config.allow_unspec_int_on_nn_module = True, or convert this integer into a tensor.)
# | | | | | | +- GuardManager: source=L['self']._modules['conv'].stride, accessed_by=DictGetItemGuardAccessor('stride'), type=<class 'tuple'>, tag_safe=(False, False)
# | | | | | | | +- EQUALS_MATCH: L['self']._modules['conv'].stride == (1, 1)                   # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['conv'].stride, 140612565590912), type=<class 'tuple'>  # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward (HINT: type tuple)
# | | | | | | | +- LENGTH_CHECK: len(L['self']._modules['conv'].stride) == 2                   # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | | | | | +- GuardManager: source=L['self']._modules['conv'].padding, accessed_by=DictGetItemGuardAccessor('padding'), type=<class 'tuple'>, tag_safe=(False, False)
# | | | | | | | +- EQUALS_MATCH: L['self']._modules['conv'].padding == (1, 1)                  # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['conv'].padding, 140612565590912), type=<class 'tuple'>  # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward (HINT: type tuple)
# | | | | | | | +- LENGTH_CHECK: len(L['self']._modules['conv'].padding) == 2                  # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | | | | | +- GuardManager: source=L['self']._modules['conv'].dilation, accessed_by=DictGetItemGuardAccessor('dilation'), type=<class 'tuple'>, tag_safe=(False, False)
# | | | | | | | +- EQUALS_MATCH: L['self']._modules['conv'].dilation == (1, 1)                 # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['conv'].dilation, 140612565590912), type=<class 'tuple'>  # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward (HINT: type tuple)
# | | | | | | | +- LENGTH_CHECK: len(L['self']._modules['conv'].dilation) == 2                 # return F.conv2d(  # nn/modules/conv.py:560 in _conv_forward
# | | | | | | +- GuardManager: source=L['self']._modules['conv']._parameters, accessed_by=DictGetItemGuardAccessor('_parameters'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | | | | +- TYPE_MATCH: ___check_type_id(L['self']._modules['conv']._parameters, 140612565569184), type=<class 'dict'>  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward (HINT: type dict)
# | | | | | | | +- GuardManager: source=L['self']._modules['conv']._parameters['bias'], accessed_by=DictGetItemGuardAccessor('bias'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['conv']._parameters['bias'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[16], stride=[1])  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['conv']._parameters['bias'], '_dynamo_dynamic_indices') == False  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['conv']._parameters['bias'], '_dynamo_weak_dynamic_indices') == False  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['conv']._parameters['bias'], '_dynamo_unbacked_indices') == False  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['conv']._parameters['bias'], '_dynamo_strict_unbacked_indices') == False  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['conv']._parameters['bias'], '_dynamo_static_indices') == False  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | | +- GuardManager: source=L['self']._modules['conv']._parameters['weight'], accessed_by=DictGetItemGuardAccessor('weight'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | | | | +- TENSOR_MATCH: check_tensor(L['self']._modules['conv']._parameters['weight'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[16, 3, 3, 3], stride=[27, 9, 3, 1])  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['conv']._parameters['weight'], '_dynamo_dynamic_indices') == False  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['conv']._parameters['weight'], '_dynamo_weak_dynamic_indices') == False  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['conv']._parameters['weight'], '_dynamo_unbacked_indices') == False  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['conv']._parameters['weight'], '_dynamo_strict_unbacked_indices') == False  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._modules['conv']._parameters['weight'], '_dynamo_static_indices') == False  # return self._conv_forward(input, self.weight, self.bias)  # nn/modules/conv.py:565 in forward
# | | | | | | +- GuardManager: source=L['self']._modules['conv'].padding_mode, accessed_by=DictGetItemGuardAccessor('padding_mode'), type=<class 'str'>, tag_safe=(False, False)
# | | | | | | | +- EQUALS_MATCH: L['self']._modules['conv'].padding_mode == 'zeros'            # if self.padding_mode != "zeros":  # nn/modules/conv.py:547 in _conv_forward
# | | | +- GuardManager: source=L['self']._parameters, accessed_by=DictGetItemGuardAccessor('_parameters'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(L['self']._parameters, 140612565569184), type=<class 'dict'>  # return torch.relu(self.bn(self.conv(x)))  # samples/torch_conv_bn_relu.py:24 in forward (HINT: type dict)
# +- LAMBDA_GUARD: G['__import_torch_dot_nn_dot_modules_dot_conv'].F is G['__import_torch_dot_nn_dot_modules_dot_batchnorm'].F  # return F.batch_norm(  # nn/modules/batchnorm.py:210 in forward
#
# Guard latency = 140.75 us
