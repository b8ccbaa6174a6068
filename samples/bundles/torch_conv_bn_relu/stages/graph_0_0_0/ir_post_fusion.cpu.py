op0: SchedulerNode(ComputedBuffer)
op0.writes = [MemoryDep('buf0', 768*c0 + c1 + 3*c2, {c0: 2, c1: 3, c2: 256})]
op0.unmet_dependencies = []
op0.met_dependencies = [MemoryDep('arg2_1', c0, {c0: 1536})]
op0.min_input_distance = 0
op0.max_input_distance = 0
op0.outputs = [
    buf0: ComputedBuffer
    buf0.layout = FixedLayout('cpu', torch.float32, size=[2, 3, 16, 16], stride=[768, 1, 48, 3])
    buf0.users = [NodeUser(node=ExternKernelSchedulerNode(name='op2'), can_inplace=False, is_weak=False)]
]
op0.group.device = cpu
op0.group.iteration = ((2, 3, 256), ())
op0.sizes = ([2, 3, 256], [])
arg2_1_layout = FixedLayout('cpu', torch.float32, size=[2, 3, 16, 16], stride=[768, 256, 16, 1])
buf0_layout = FixedLayout('cpu', torch.float32, size=[2, 3, 16, 16], stride=[768, 1, 48, 3])
class op0_loop_body:
    var_ranges = {p0: 2, p1: 3, p2: 256}
    index0 = 768*p0 + 256*p1 + p2
    index1 = 768*p0 + p1 + 3*p2
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('arg2_1', get_index)
        get_index_1 = self.get_index('index1')
        store = ops.store('buf0', get_index_1, load, None)
        return store


op1: SchedulerNode(ComputedBuffer)
op1.writes = [MemoryDep('buf1', 27*c0 + c1 + 3*c2, {c0: 16, c1: 3, c2: 9})]
op1.unmet_dependencies = []
op1.met_dependencies = [MemoryDep('arg0_1', c0, {c0: 432})]
op1.min_input_distance = 0
op1.max_input_distance = 0
op1.outputs = [
    buf1: ComputedBuffer
    buf1.layout = FixedLayout('cpu', torch.float32, size=[16, 3, 3, 3], stride=[27, 1, 9, 3])
    buf1.users = [NodeUser(node=ExternKernelSchedulerNode(name='op2'), can_inplace=False, is_weak=False)]
]
op1.group.device = cpu
op1.group.iteration = ((16, 3, 9), ())
op1.sizes = ([16, 3, 9], [])
arg0_1_layout = FixedLayout('cpu', torch.float32, size=[16, 3, 3, 3], stride=[27, 9, 3, 1])
buf1_layout = FixedLayout('cpu', torch.float32, size=[16, 3, 3, 3], stride=[27, 1, 9, 3])
class op1_loop_body:
    var_ranges = {p0: 16, p1: 3, p2: 9}
    index0 = 27*p0 + 9*p1 + p2
    index1 = 27*p0 + p1 + 3*p2
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('arg0_1', get_index)
        get_index_1 = self.get_index('index1')
        store = ops.store('buf1', get_index_1, load, None)
        return store


op2: ExternKernelSchedulerNode(ExternKernelAlloc)
op2.writes = [StarDep(name='buf2', mode=None)]
op2.unmet_dependencies = [StarDep(name='buf0', mode=None), StarDep(name='buf1', mode=None)]
op2.met_dependencies = [StarDep(name='arg1_1', mode=None)]
op2.min_input_distance = 1
op2.max_input_distance = 1
op2.outputs = [
    buf2: ExternKernelAlloc
    buf2.layout = FixedLayout('cpu', torch.float32, size=[2, 16, 16, 16], stride=[4096, 1, 256, 16])
    buf2.users = [NodeUser(node=SchedulerNode(name='op3'), can_inplace=False, is_weak=False)]
]
op2.node.kernel = extern_kernels.convolution


op3: SchedulerNode(ComputedBuffer)
op3.writes = [MemoryDep('buf3', c0, {c0: 8192})]
op3.unmet_dependencies = [MemoryDep('buf2', 4096*c0 + c1 + 16*c2, {c0: 2, c1: 16, c2: 256})]
op3.met_dependencies = 
    [   MemoryDep('arg3_1', c1, {c0: 2, c1: 16}),
        MemoryDep('arg4_1', c1, {c0: 2, c1: 16}),
        MemoryDep('arg5_1', c1, {c0: 2, c1: 16}),
        MemoryDep('arg6_1', c1, {c0: 2, c1: 16})]
op3.min_input_distance = 2
op3.max_input_distance = 2
op3.outputs = [
    buf3: ComputedBuffer
    buf3.layout = FixedLayout('cpu', torch.float32, size=[2, 16, 16, 16], stride=[4096, 256, 16, 1])
    buf3.users = [NodeUser(node=OUTPUT, can_inplace=False, is_weak=False)]
]
op3.group.device = cpu
op3.group.iteration = ((2, 16, 256), ())
op3.sizes = ([2, 16, 256], [])
buf2_layout = FixedLayout('cpu', torch.float32, size=[2, 16, 16, 16], stride=[4096, 1, 256, 16])
arg3_1_layout = FixedLayout('cpu', torch.float32, size=[16], stride=[1])
arg4_1_layout = FixedLayout('cpu', torch.float32, size=[16], stride=[1])
arg5_1_layout = FixedLayout('cpu', torch.float32, size=[16], stride=[1])
arg6_1_layout = FixedLayout('cpu', torch.float32, size=[16], stride=[1])
buf3_layout = FixedLayout('cpu', torch.float32, size=[2, 16, 16, 16], stride=[4096, 256, 16, 1])
class op3_loop_body:
    var_ranges = {p0: 2, p1: 16, p2: 256}
    index0 = 4096*p0 + p1 + 16*p2
    index1 = p1
    index2 = 4096*p0 + 256*p1 + p2
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('buf2', get_index)
        get_index_1 = self.get_index('index1')
        load_1 = ops.load('arg3_1', get_index_1)
        sub = ops.sub(load, load_1)
        get_index_2 = self.get_index('index1')
        load_2 = ops.load('arg4_1', get_index_2)
        constant = ops.constant(1e-05, torch.float32)
        add = ops.add(load_2, constant)
        sqrt = ops.sqrt(add)
        reciprocal = ops.reciprocal(sqrt)
        constant_1 = ops.constant(1.0, torch.float32)
        mul = ops.mul(reciprocal, constant_1)
        mul_1 = ops.mul(sub, mul)
        get_index_3 = self.get_index('index1')
        load_3 = ops.load('arg5_1', get_index_3)
        mul_2 = ops.mul(mul_1, load_3)
        get_index_4 = self.get_index('index1')
        load_4 = ops.load('arg6_1', get_index_4)
        add_1 = ops.add(mul_2, load_4)
        relu = ops.relu(add_1)
        get_index_5 = self.get_index('index2')
        store = ops.store('buf3', get_index_5, relu, None)
        return store


