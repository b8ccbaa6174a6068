op0: ExternKernelSchedulerNode(ExternKernelOut)
op0.writes = [StarDep(name='buf0', mode=None)]
op0.unmet_dependencies = []
op0.met_dependencies = 
    [   StarDep(name='arg0_1', mode=None),
        StarDep(name='arg1_1', mode=None),
        StarDep(name='arg2_1', mode=None)]
op0.outputs = [
    buf0: ExternKernelOut
    buf0.layout = FixedLayout('cpu', torch.float32, size=[64, 1024], stride=[1024, 1])
    buf0.users = [NodeUser(node=SchedulerNode(name='op1'), can_inplace=True, is_weak=False)]
]
op0.node.kernel = extern_kernels.addmm


op1: SchedulerNode(ComputedBuffer)
op1.writes = [MemoryDep('buf1', c0, {c0: 65536})]
op1.unmet_dependencies = [MemoryDep('buf0', c0, {c0: 65536})]
op1.met_dependencies = []
op1.outputs = [
    buf1: ComputedBuffer
    buf1.layout = FixedLayout('cpu', torch.float32, size=[64, 1024], stride=[1024, 1])
    buf1.users = [NodeUser(node=ExternKernelSchedulerNode(name='op2'), can_inplace=False, is_weak=False)]
]
op1.group.device = cpu
op1.group.iteration = ((65536,), ())
op1.sizes = ([65536], [])
buf0_layout = FixedLayout('cpu', torch.float32, size=[64, 1024], stride=[1024, 1])
buf1_layout = FixedLayout('cpu', torch.float32, size=[64, 1024], stride=[1024, 1])
class op1_loop_body:
    var_ranges = {p0: 65536}
    index0 = p0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('buf0', get_index)
        constant = ops.constant(0.5, torch.float32)
        mul = ops.mul(load, constant)
        get_index_1 = self.get_index('index0')
        load_1 = ops.load('buf0', get_index_1)
        constant_1 = ops.constant(0.7071067811865476, torch.float32)
        mul_1 = ops.mul(load_1, constant_1)
        erf = ops.erf(mul_1)
        constant_2 = ops.constant(1.0, torch.float32)
        add = ops.add(erf, constant_2)
        mul_2 = ops.mul(mul, add)
        get_index_2 = self.get_index('index0')
        store = ops.store('buf1', get_index_2, mul_2, None)
        return store


op2: ExternKernelSchedulerNode(ExternKernelOut)
op2.writes = [StarDep(name='buf2', mode=None)]
op2.unmet_dependencies = [StarDep(name='buf1', mode=None)]
op2.met_dependencies = [StarDep(name='arg3_1', mode=None), StarDep(name='arg4_1', mode=None)]
op2.outputs = [
    buf2: ExternKernelOut
    buf2.layout = FixedLayout('cpu', torch.float32, size=[64, 256], stride=[256, 1])
    buf2.users = [
        NodeUser(node=SchedulerNode(name='op3'), can_inplace=False, is_weak=False),
        NodeUser(node=SchedulerNode(name='op4'), can_inplace=True, is_weak=False),
    ]
]
op2.node.kernel = extern_kernels.addmm


op3: SchedulerNode(ComputedBuffer)
op3.writes = [MemoryDep('buf3', c0, {c0: 64})]
op3.unmet_dependencies = [MemoryDep('buf2', c0, {c0: 16384})]
op3.met_dependencies = []
op3.outputs = [
    buf3: ComputedBuffer
    buf3.layout = FixedLayout('cpu', torch.float32, size=[64, 1], stride=[1, 64])
    buf3.users = [NodeUser(node=SchedulerNode(name='op4'), can_inplace=False, is_weak=False)]
]
op3.group.device = cpu
op3.group.iteration = ((64,), (256,))
op3.sizes = ([64], [256])
buf2_layout = FixedLayout('cpu', torch.float32, size=[64, 256], stride=[256, 1])
buf3_layout = FixedLayout('cpu', torch.float32, size=[64, 1], stride=[1, 64])
class op3_loop_body:
    var_ranges = {p0: 64, p1: 256}
    index0 = 256*p0 + p1
    index1 = p0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('buf2', get_index)
        reduction = ops.reduction(torch.float32, torch.float32, 'max', load)
        get_index_1 = self.get_index('index1')
        store_reduction = ops.store_reduction('buf3', get_index_1, reduction)
        return None


op4: SchedulerNode(ComputedBuffer)
op4.writes = [MemoryDep('buf4', c0, {c0: 16384})]
op4.unmet_dependencies = [MemoryDep('buf2', c0, {c0: 16384}), MemoryDep('buf3', c0, {c0: 64})]
op4.met_dependencies = []
op4.outputs = [
    buf4: ComputedBuffer
    buf4.layout = FixedLayout('cpu', torch.float32, size=[64, 256], stride=[256, 1])
    buf4.users = [
        NodeUser(node=SchedulerNode(name='op5'), can_inplace=False, is_weak=False),
        NodeUser(node=SchedulerNode(name='op6'), can_inplace=True, is_weak=False),
    ]
]
op4.group.device = cpu
op4.group.iteration = ((64, 256), ())
op4.sizes = ([64, 256], [])
buf2_layout = FixedLayout('cpu', torch.float32, size=[64, 256], stride=[256, 1])
buf3_layout = FixedLayout('cpu', torch.float32, size=[64, 1], stride=[1, 64])
buf4_layout = FixedLayout('cpu', torch.float32, size=[64, 256], stride=[256, 1])
class op4_loop_body:
    var_ranges = {p0: 64, p1: 256}
    index0 = 256*p0 + p1
    index1 = p0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('buf2', get_index)
        get_index_1 = self.get_index('index1')
        load_1 = ops.load('buf3', get_index_1)
        sub = ops.sub(load, load_1)
        exp = ops.exp(sub)
        get_index_2 = self.get_index('index0')
        store = ops.store('buf4', get_index_2, exp, None)
        return store


op5: SchedulerNode(ComputedBuffer)
op5.writes = [MemoryDep('buf5', c0, {c0: 64})]
op5.unmet_dependencies = [MemoryDep('buf4', c0, {c0: 16384})]
op5.met_dependencies = []
op5.outputs = [
    buf5: ComputedBuffer
    buf5.layout = FixedLayout('cpu', torch.float32, size=[64, 1], stride=[1, 64])
    buf5.users = [NodeUser(node=SchedulerNode(name='op6'), can_inplace=False, is_weak=False)]
]
op5.group.device = cpu
op5.group.iteration = ((64,), (256,))
op5.sizes = ([64], [256])
buf4_layout = FixedLayout('cpu', torch.float32, size=[64, 256], stride=[256, 1])
buf5_layout = FixedLayout('cpu', torch.float32, size=[64, 1], stride=[1, 64])
class op5_loop_body:
    var_ranges = {p0: 64, p1: 256}
    index0 = 256*p0 + p1
    index1 = p0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('buf4', get_index)
        reduction = ops.reduction(torch.float32, torch.float32, 'sum', load)
        get_index_1 = self.get_index('index1')
        store_reduction = ops.store_reduction('buf5', get_index_1, reduction)
        return None


op6: SchedulerNode(ComputedBuffer)
op6.writes = [MemoryDep('buf6', c0, {c0: 16384})]
op6.unmet_dependencies = [MemoryDep('buf4', c0, {c0: 16384}), MemoryDep('buf5', c0, {c0: 64})]
op6.met_dependencies = []
op6.outputs = [
    buf6: ComputedBuffer
    buf6.layout = FixedLayout('cpu', torch.float32, size=[64, 256], stride=[256, 1])
    buf6.users = [NodeUser(node=OUTPUT, can_inplace=False, is_weak=False)]
]
op6.group.device = cpu
op6.group.iteration = ((64, 256), ())
op6.sizes = ([64, 256], [])
buf4_layout = FixedLayout('cpu', torch.float32, size=[64, 256], stride=[256, 1])
buf5_layout = FixedLayout('cpu', torch.float32, size=[64, 1], stride=[1, 64])
buf6_layout = FixedLayout('cpu', torch.float32, size=[64, 256], stride=[256, 1])
class op6_loop_body:
    var_ranges = {p0: 64, p1: 256}
    index0 = 256*p0 + p1
    index1 = p0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('buf4', get_index)
        get_index_1 = self.get_index('index1')
        load_1 = ops.load('buf5', get_index_1)
        truediv = ops.truediv(load, load_1)
        get_index_2 = self.get_index('index0')
        store = ops.store('buf6', get_index_2, truediv, None)
        return store


