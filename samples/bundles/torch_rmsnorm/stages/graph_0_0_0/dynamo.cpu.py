class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[16, 1024][1024, 1]cpu", L_self_parameters_weight_: "f32[1024][1]cpu"):
        l_x_ = L_x_
        l_self_parameters_weight_ = L_self_parameters_weight_

        # File: /work/main/samples/torch_rmsnorm.py:18 in forward, code: variance = x.pow(2).mean(dim=-1, keepdim=True)
        pow_1: "f32[16, 1024][1024, 1]cpu" = l_x_.pow(2)
        variance: "f32[16, 1][1, 1]cpu" = pow_1.mean(dim = -1, keepdim = True);  pow_1 = None

        # File: /work/main/samples/torch_rmsnorm.py:19 in forward, code: return x * torch.rsqrt(variance + self.eps) * self.weight
        add: "f32[16, 1][1, 1]cpu" = variance + 1e-06;  variance = None
        rsqrt: "f32[16, 1][1, 1]cpu" = torch.rsqrt(add);  add = None
        mul: "f32[16, 1024][1024, 1]cpu" = l_x_ * rsqrt;  l_x_ = rsqrt = None
        mul_1: "f32[16, 1024][1024, 1]cpu" = mul * l_self_parameters_weight_;  mul = l_self_parameters_weight_ = None
        return (mul_1,)


# ---- guards: when this graph is reused (Dynamo's guard tree) ----
# TREE_GUARD_MANAGER:
# +- RootGuardManager
# | +- LAMBDA_GUARD: torch._functorch.aot_autograd.utils.top_saved_tensors_hooks ids == None  # _dynamo/output_graph.py:1135 in init_ambient_guards
# | +- GLOBAL_STATE: ___check_global_state() against {"allow_bf16_reduce":0,"allow_fp16_reduce":0,"allow_tf32":false,"autocast_state":{"cached_enabled":true,"dtype":[15,5,5,15,5,5,15,15,5,5],"enabled":[false,false,false,false,false,false,false,false,false,false]},"default_dtype":6,"deterministic_algorithms":false,"deterministic_algorithms_warn_only":false,"grad_mode":false,"num_threads":2,"torch_function":true,"torch_function_all_disabled":false}
# | +- TORCH_FUNCTION_MODE_STACK: ___check_torch_function_mode_stack()
# | +- DEFAULT_DEVICE: utils_device.CURRENT_DEVICE == None                           # _dynamo/output_graph.py:1122 in init_ambient_guards
# | +- GuardManager: source=L['x'], accessed_by=FrameLocalsGuardAccessor(key='x', framelocals_idx=1), type=<class 'torch.Tensor'>, tag_safe=(False, False)
# | | +- TENSOR_MATCH: check_tensor(L['x'], Tensor, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=False, size=[16, 1024], stride=[1024, 1])  # variance = x.pow(2).mean(dim=-1, keepdim=True)  # samples/torch_rmsnorm.py:18 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_dynamic_indices') == False           # variance = x.pow(2).mean(dim=-1, keepdim=True)  # samples/torch_rmsnorm.py:18 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_weak_dynamic_indices') == False      # variance = x.pow(2).mean(dim=-1, keepdim=True)  # samples/torch_rmsnorm.py:18 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_unbacked_indices') == False          # variance = x.pow(2).mean(dim=-1, keepdim=True)  # samples/torch_rmsnorm.py:18 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_strict_unbacked_indices') == False   # variance = x.pow(2).mean(dim=-1, keepdim=True)  # samples/torch_rmsnorm.py:18 in forward
# | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['x'], '_dynamo_static_indices') == False            # variance = x.pow(2).mean(dim=-1, keepdim=True)  # samples/torch_rmsnorm.py:18 in forward
# | +- GuardManager: source=G, accessed_by=GlobalsGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | +- GuardManager: source=G['torch'], accessed_by=DictGetItemGuardAccessor('torch'), type=<class 'module'>, tag_safe=(False, False)
# | | | +- ID_MATCH: ___check_obj_id(G['torch'], 140263791270608), type=<class 'module'>  # return x * torch.rsqrt(variance + self.eps) * self.weight  # samples/torch_rmsnorm.py:19 in forward
# | | | +- GuardManager: source=G['torch'].rsqrt, accessed_by=GetAttrGuardAccessor(rsqrt), type=<class 'builtin_function_or_method'>, tag_safe=(False, False)
# | | | | +- ID_MATCH: ___check_obj_id(G['torch'].rsqrt, 140263784563232), type=<class 'builtin_function_or_method'>  # return x * torch.rsqrt(variance + self.eps) * self.weight  # samples/torch_rmsnorm.py:19 in forward
# | +- GuardManager: source=L['self'], accessed_by=FrameLocalsGuardAccessor(key='self', framelocals_idx=0), type=<class 'irlens_user_module.Model'>, tag_safe=(False, False)
# | | +- TYPE_MATCH: ___check_type_id(L['self'], 94172388736048), type=<class 'irlens_user_module.Model'>  # return x * torch.rsqrt(variance + self.eps) * self.weight  # samples/torch_rmsnorm.py:19 in forward (HINT: type Model)
# | | +- GuardManager: source=L['self'].__dict__, accessed_by=GetGenericDictGuardAccessor, type=<class 'dict'>, tag_safe=(False, False)
# | | | +- GuardManager: source=L['self'].eps, accessed_by=DictGetItemGuardAccessor('eps'), type=<class 'float'>, tag_safe=(False, False)
# | | | | +- EQUALS_MATCH: L['self'].eps == 1e-06                                        # return x * torch.rsqrt(variance + self.eps) * self.weight  # samples/torch_rmsnorm.py:19 in forward
# | | | +- GuardManager: source=L['self']._parameters, accessed_by=DictGetItemGuardAccessor('_parameters'), type=<class 'dict'>, tag_safe=(False, False)
# | | | | +- TYPE_MATCH: ___check_type_id(L['self']._parameters, 140263813385888), type=<class 'dict'>  # return x * torch.rsqrt(variance + self.eps) * self.weight  # samples/torch_rmsnorm.py:19 in forward (HINT: type dict)
# | | | | +- GuardManager: source=L['self']._parameters['weight'], accessed_by=DictGetItemGuardAccessor('weight'), type=<class 'torch.nn.parameter.Parameter'>, tag_safe=(False, False)
# | | | | | +- TENSOR_MATCH: check_tensor(L['self']._parameters['weight'], Parameter, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), torch.float32, device=None, requires_grad=True, size=[1024], stride=[1])  # return x * torch.rsqrt(variance + self.eps) * self.weight  # samples/torch_rmsnorm.py:19 in forward
# | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._parameters['weight'], '_dynamo_dynamic_indices') == False  # return x * torch.rsqrt(variance + self.eps) * self.weight  # samples/torch_rmsnorm.py:19 in forward
# | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._parameters['weight'], '_dynamo_weak_dynamic_indices') == False  # return x * torch.rsqrt(variance + self.eps) * self.weight  # samples/torch_rmsnorm.py:19 in forward
# | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._parameters['weight'], '_dynamo_unbacked_indices') == False  # return x * torch.rsqrt(variance + self.eps) * self.weight  # samples/torch_rmsnorm.py:19 in forward
# | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._parameters['weight'], '_dynamo_strict_unbacked_indices') == False  # return x * torch.rsqrt(variance + self.eps) * self.weight  # samples/torch_rmsnorm.py:19 in forward
# | | | | | +- DIMENSION_DYNAMIC_MARKING_GUARD: hasattr(L['self']._parameters['weight'], '_dynamo_static_indices') == False  # return x * torch.rsqrt(variance + self.eps) * self.weight  # samples/torch_rmsnorm.py:19 in forward
#
# Guard latency = 89.35 us
