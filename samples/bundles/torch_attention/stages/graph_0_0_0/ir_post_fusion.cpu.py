op0: ExternKernelSchedulerNode(ExternKernelOut)
op0.writes = [StarDep(name='buf0', mode=None)]
op0.unmet_dependencies = []
op0.met_dependencies = 
    [   StarDep(name='arg0_1', mode=None),
        StarDep(name='arg1_1', mode=None),
        StarDep(name='arg2_1', mode=None)]
op0.min_input_distance = 0
op0.max_input_distance = 0
op0.outputs = [
    buf0: ExternKernelOut
    buf0.layout = FixedLayout('cpu', torch.float32, size=[128, 192], stride=[192, 1])
    buf0.users = [NodeUser(node=ExternKernelSchedulerNode(name='op1'), can_inplace=False, is_weak=False)]
]
op0.node.kernel = extern_kernels.addmm


op1: ExternKernelSchedulerNode(FallbackKernel)
op1.writes = [StarDep(name='buf1', mode=None)]
op1.unmet_dependencies = [StarDep(name='buf0', mode=None)]
op1.met_dependencies = []
op1.min_input_distance = 1
op1.max_input_distance = 1
op1.outputs = [
    buf1: FallbackKernel
    buf1.layout = MultiOutputLayout(device=device(type='cpu'))
    buf1.users = [NodeUser(node=ExternKernelSchedulerNode(name='op2'), can_inplace=False, is_weak=False)]
]
op1.node.kernel = torch.ops.aten._scaled_dot_product_flash_attention_for_cpu.default


op2: ExternKernelSchedulerNode(MultiOutput)
op2.writes = [   MemoryDep('buf2', 4096*c0 + 16*c1 + 64*c2 + c3, {c0: 2, c1: 4, c2: 64, c3: 16})]
op2.unmet_dependencies = [StarDep(name='buf1', mode=None)]
op2.met_dependencies = []
op2.min_input_distance = 2
op2.max_input_distance = 2
op2.outputs = [
    buf2: MultiOutput
    buf2.layout = FixedLayout('cpu', torch.float32, size=[2, 4, 64, 16], stride=[4096, 16, 64, 1])
    buf2.users = [NodeUser(node=OUTPUT, can_inplace=False, is_weak=False)]
]
op2.node.kernel = None


