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
    buf0.layout = FixedLayout('cpu', torch.float32, size=[8, 64], stride=[64, 1])
    buf0.users = [NodeUser(node=SchedulerNode(name='op1'), can_inplace=True, is_weak=False)]
]
op0.node.kernel = extern_kernels.addmm


op1_op2: FusedSchedulerNode(SchedulerNode,SchedulerNode)
op1_op2.writes = [MemoryDep('buf1', c0, {c0: 512}), MemoryDep('buf2', 0, {})]
op1_op2.unmet_dependencies = [MemoryDep('buf0', c0, {c0: 512})]
op1_op2.met_dependencies = []
op1_op2.min_input_distance = 1
op1_op2.max_input_distance = 2
op1_op2.outputs = [
    buf1: ComputedBuffer
    buf1.layout = FixedLayout('cpu', torch.float32, size=[8, 64], stride=[64, 1])
    buf1.users = [
        NodeUser(node=SchedulerNode(name='op2'), can_inplace=False, is_weak=False),
        NodeUser(node=OUTPUT, can_inplace=False, is_weak=False),
    ]
    buf2: ComputedBuffer
    buf2.layout = FixedLayout('cpu', torch.float32, size=[], stride=[])
    buf2.users = [NodeUser(node=SchedulerNode(name='op3'), can_inplace=True, is_weak=False)]
]
op1_op2.snodes[0] =
op1: SchedulerNode(ComputedBuffer)
op1.writes = [MemoryDep('buf1', c0, {c0: 512})]
op1.unmet_dependencies = [MemoryDep('buf0', c0, {c0: 512})]
op1.met_dependencies = []
op1.min_input_distance = 1
op1.max_input_distance = 1
op1.outputs = [
    buf1: ComputedBuffer
    buf1.layout = FixedLayout('cpu', torch.float32, size=[8, 64], stride=[64, 1])
    buf1.users = [
        NodeUser(node=SchedulerNode(name='op2'), can_inplace=False, is_weak=False),
        NodeUser(node=OUTPUT, can_inplace=False, is_weak=False),
    ]
]
op1.group.device = cpu
op1.group.iteration = ((512,), ())
op1.sizes = ([512], [])
buf0_layout = FixedLayout('cpu', torch.float32, size=[8, 64], stride=[64, 1])
buf1_layout = FixedLayout('cpu', torch.float32, size=[8, 64], stride=[64, 1])
class op1_loop_body:
    var_ranges = {p0: 512}
    index0 = p0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('buf0', get_index)
        relu = ops.relu(load)
        get_index_1 = self.get_index('index0')
        store = ops.store('buf1', get_index_1, relu, None)
        return store
op1_op2.snodes[1] =
op2: SchedulerNode(ComputedBuffer)
op2.writes = [MemoryDep('buf2', 0, {})]
op2.unmet_dependencies = [MemoryDep('buf1', c0, {c0: 512})]
op2.met_dependencies = []
op2.min_input_distance = 2
op2.max_input_distance = 2
op2.outputs = [
    buf2: ComputedBuffer
    buf2.layout = FixedLayout('cpu', torch.float32, size=[], stride=[])
    buf2.users = [NodeUser(node=SchedulerNode(name='op3'), can_inplace=True, is_weak=False)]
]
op2.group.device = cpu
op2.group.iteration = ((), (512,))
op2.sizes = ([], [512])
buf1_layout = FixedLayout('cpu', torch.float32, size=[8, 64], stride=[64, 1])
buf2_layout = FixedLayout('cpu', torch.float32, size=[], stride=[])
class op2_loop_body:
    var_ranges = {p0: 512}
    index0 = p0
    index1 = 0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('buf1', get_index)
        reduction = ops.reduction(torch.float32, torch.float32, 'sum', load)
        get_index_1 = self.get_index('index1')
        store_reduction = ops.store_reduction('buf2', get_index_1, reduction)
        return None


op3: SchedulerNode(ComputedBuffer)
op3.writes = [MemoryDep('buf3', 0, {})]
op3.unmet_dependencies = [MemoryDep('buf2', 0, {})]
op3.met_dependencies = []
op3.min_input_distance = 3
op3.max_input_distance = 3
op3.outputs = [
    buf3: ComputedBuffer
    buf3.layout = FixedLayout('cpu', torch.bool, size=[], stride=[])
    buf3.users = [NodeUser(node=OUTPUT, can_inplace=False, is_weak=False)]
]
op3.group.device = cpu
op3.group.iteration = ((), ())
op3.sizes = ([], [])
buf2_layout = FixedLayout('cpu', torch.float32, size=[], stride=[])
buf3_layout = FixedLayout('cpu', torch.bool, size=[], stride=[])
class op3_loop_body:
    var_ranges = {}
    index0 = 0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('buf2', get_index)
        constant = ops.constant(0.0, torch.float32)
        gt = ops.gt(load, constant)
        get_index_1 = self.get_index('index0')
        store = ops.store('buf3', get_index_1, gt, None)
        return store


