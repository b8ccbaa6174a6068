op0: ExternKernelSchedulerNode(ExternKernelOut)
op0.writes = [StarDep(name='buf0', mode=None)]
op0.unmet_dependencies = []
op0.met_dependencies = [StarDep(name='arg0_1', mode=None), StarDep(name='arg2_1', mode=None)]
op0.outputs = [
    buf0: ExternKernelOut
    buf0.layout = FixedLayout('cuda:0', torch.float32, size=[64, 1024], stride=[1024, 1])
    buf0.users = [NodeUser(node=SchedulerNode(name='op1'), can_inplace=True, is_weak=False)]
]
op0.node.kernel = extern_kernels.mm


op1: SchedulerNode(ComputedBuffer)
op1.writes = [MemoryDep('buf1', 1024*d0 + d1, {d0: 64, d1: 1024})]
op1.unmet_dependencies = [MemoryDep('buf0', 1024*d0 + d1, {d0: 64, d1: 1024})]
op1.met_dependencies = [MemoryDep('arg1_1', d1, {d0: 64, d1: 1024})]
op1.outputs = [
    buf1: ComputedBuffer
    buf1.layout = FixedLayout('cuda:0', torch.float32, size=[64, 1024], stride=[1024, 1])
    buf1.users = [NodeUser(node=ExternKernelSchedulerNode(name='op2'), can_inplace=False, is_weak=False)]
]
op1.group.device = cuda:0
op1.group.iteration = (65536, 1)
op1.sizes = ([64, 1024], [])
arg1_1_layout = FixedLayout('cuda:0', torch.float32, size=[1024], stride=[1])
buf0_layout = FixedLayout('cuda:0', torch.float32, size=[64, 1024], stride=[1024, 1])
buf1_layout = FixedLayout('cuda:0', torch.float32, size=[64, 1024], stride=[1024, 1])
class op1_loop_body:
    var_ranges = {p0: 64, p1: 1024}
    index0 = p1
    index1 = 1024*p0 + p1
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('arg1_1', get_index)
        get_index_1 = self.get_index('index1')
        load_1 = ops.load('buf0', get_index_1)
        add = ops.add(load, load_1)
        constant = ops.constant(0.5, torch.float32)
        mul = ops.mul(add, constant)
        get_index_2 = self.get_index('index0')
        load_2 = ops.load('arg1_1', get_index_2)
        get_index_3 = self.get_index('index1')
        load_3 = ops.load('buf0', get_index_3)
        add_1 = ops.add(load_2, load_3)
        constant_1 = ops.constant(0.7071067811865476, torch.float32)
        mul_1 = ops.mul(add_1, constant_1)
        erf = ops.erf(mul_1)
        constant_2 = ops.constant(1.0, torch.float32)
        add_2 = ops.add(erf, constant_2)
        mul_2 = ops.mul(mul, add_2)
        get_index_4 = self.get_index('index1')
        store = ops.store('buf1', get_index_4, mul_2, None)
        return store


op2: ExternKernelSchedulerNode(ExternKernelOut)
op2.writes = [StarDep(name='buf2', mode=None)]
op2.unmet_dependencies = [StarDep(name='buf1', mode=None)]
op2.met_dependencies = [StarDep(name='arg3_1', mode=None), StarDep(name='arg4_1', mode=None)]
op2.outputs = [
    buf2: ExternKernelOut
    buf2.layout = FixedLayout('cuda:0', torch.float32, size=[64, 256], stride=[256, 1])
    buf2.users = [
        NodeUser(node=SchedulerNode(name='op3'), can_inplace=False, is_weak=False),
        NodeUser(node=SchedulerNode(name='op4'), can_inplace=False, is_weak=False),
        NodeUser(node=SchedulerNode(name='op5'), can_inplace=True, is_weak=False),
    ]
]
op2.node.kernel = extern_kernels.addmm


op3: SchedulerNode(ComputedBuffer)
op3.writes = [MemoryDep('buf3', d0, {d0: 64})]
op3.unmet_dependencies = [MemoryDep('buf2', 256*d0 + d1, {d0: 64, d1: 256})]
op3.met_dependencies = []
op3.outputs = [
    buf3: ComputedBuffer
    buf3.layout = FixedLayout('cuda:0', torch.float32, size=[64, 1], stride=[1, 64])
    buf3.users = [NodeUser(node=SchedulerNode(name='op5'), can_inplace=False, is_weak=False)]
]
op3.group.device = cuda:0
op3.group.iteration = (64, 256)
op3.sizes = ([64], [256])
buf2_layout = FixedLayout('cuda:0', torch.float32, size=[64, 256], stride=[256, 1])
buf3_layout = FixedLayout('cuda:0', torch.float32, size=[64, 1], stride=[1, 64])
class op3_loop_body:
    var_ranges = {p0: 64, p1: 256}
    index0 = 256*p0 + p1
    index1 = p0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('buf2', get_index)
        reduction = ops.reduction(torch.float32, torch.float32, 'online_softmax_reduce', load)
        getitem = reduction[0]
        getitem_1 = reduction[1]
        get_index_1 = self.get_index('index1')
        store_reduction = ops.store_reduction('buf3', get_index_1, getitem)
        return store_reduction


op4: SchedulerNode(ComputedBuffer)
op4.writes = [MemoryDep('buf4', d0, {d0: 64})]
op4.unmet_dependencies = [MemoryDep('buf2', 256*d0 + d1, {d0: 64, d1: 256})]
op4.met_dependencies = []
op4.outputs = [
    buf4: ComputedBuffer
    buf4.layout = FixedLayout('cuda:0', torch.float32, size=[64, 1], stride=[1, 64])
    buf4.users = [NodeUser(node=SchedulerNode(name='op5'), can_inplace=False, is_weak=False)]
]
op4.group.device = cuda:0
op4.group.iteration = (64, 256)
op4.sizes = ([64], [256])
buf2_layout = FixedLayout('cuda:0', torch.float32, size=[64, 256], stride=[256, 1])
buf4_layout = FixedLayout('cuda:0', torch.float32, size=[64, 1], stride=[1, 64])
class op4_loop_body:
    var_ranges = {p0: 64, p1: 256}
    index0 = 256*p0 + p1
    index1 = p0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('buf2', get_index)
        reduction = ops.reduction(torch.float32, torch.float32, 'online_softmax_reduce', load)
        getitem = reduction[0]
        getitem_1 = reduction[1]
        get_index_1 = self.get_index('index1')
        store_reduction = ops.store_reduction('buf4', get_index_1, getitem_1)
        return store_reduction


op5: SchedulerNode(ComputedBuffer)
op5.writes = [MemoryDep('buf5', 256*d0 + d1, {d0: 64, d1: 256})]
op5.unmet_dependencies = 
    [   MemoryDep('buf2', 256*d0 + d1, {d0: 64, d1: 256}),
        MemoryDep('buf3', d0, {d0: 64}),
        MemoryDep('buf4', d0, {d0: 64})]
op5.met_dependencies = []
op5.outputs = [
    buf5: ComputedBuffer
    buf5.layout = FixedLayout('cuda:0', torch.float32, size=[64, 256], stride=[256, 1])
    buf5.users = [NodeUser(node=OUTPUT, can_inplace=False, is_weak=False)]
]
op5.group.device = cuda:0
op5.group.iteration = (16384, 1)
op5.sizes = ([64, 256], [])
buf2_layout = FixedLayout('cuda:0', torch.float32, size=[64, 256], stride=[256, 1])
buf3_layout = FixedLayout('cuda:0', torch.float32, size=[64, 1], stride=[1, 64])
buf4_layout = FixedLayout('cuda:0', torch.float32, size=[64, 1], stride=[1, 64])
buf5_layout = FixedLayout('cuda:0', torch.float32, size=[64, 256], stride=[256, 1])
class op5_loop_body:
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
        get_index_2 = self.get_index('index1')
        load_2 = ops.load('buf4', get_index_2)
        truediv = ops.truediv(exp, load_2)
        get_index_3 = self.get_index('index0')
        store = ops.store('buf5', get_index_3, truediv, None)
        return store


