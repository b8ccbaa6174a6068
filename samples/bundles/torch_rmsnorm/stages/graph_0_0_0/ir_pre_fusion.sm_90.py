op0: SchedulerNode(ComputedBuffer)
op0.writes = [MemoryDep('buf0', d0, {d0: 16})]
op0.unmet_dependencies = []
op0.met_dependencies = [MemoryDep('arg0_1', 1024*d0 + d1, {d0: 16, d1: 1024})]
op0.min_input_distance = 0
op0.max_input_distance = 0
op0.outputs = [
    buf0: ComputedBuffer
    buf0.layout = FixedLayout('cuda:0', torch.float32, size=[16, 1], stride=[1, 16])
    buf0.users = [NodeUser(node=SchedulerNode(name='op1'), can_inplace=False, is_weak=False)]
]
op0.group.device = cuda:0
op0.group.iteration = (16, 1024)
op0.sizes = ([16], [1024])
arg0_1_layout = FixedLayout('cuda:0', torch.float32, size=[16, 1024], stride=[1024, 1])
buf0_layout = FixedLayout('cuda:0', torch.float32, size=[16, 1], stride=[1, 16])
class op0_loop_body:
    var_ranges = {p0: 16, p1: 1024}
    index0 = 1024*p0 + p1
    index1 = p0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('arg0_1', get_index)
        mul = ops.mul(load, load)
        reduction = ops.reduction(torch.float32, torch.float32, 'sum', mul)
        get_index_1 = self.get_index('index1')
        store_reduction = ops.store_reduction('buf0', get_index_1, reduction)
        return None


op1: SchedulerNode(ComputedBuffer)
op1.writes = [MemoryDep('buf1', 1024*d0 + d1, {d0: 16, d1: 1024})]
op1.unmet_dependencies = [MemoryDep('buf0', d0, {d0: 16})]
op1.met_dependencies = 
    [   MemoryDep('arg0_1', 1024*d0 + d1, {d0: 16, d1: 1024}),
        MemoryDep('arg1_1', d1, {d0: 16, d1: 1024})]
op1.min_input_distance = 1
op1.max_input_distance = 1
op1.outputs = [
    buf1: ComputedBuffer
    buf1.layout = FixedLayout('cuda:0', torch.float32, size=[16, 1024], stride=[1024, 1])
    buf1.users = [NodeUser(node=OUTPUT, can_inplace=False, is_weak=False)]
]
op1.group.device = cuda:0
op1.group.iteration = (16384, 1)
op1.sizes = ([16, 1024], [])
arg0_1_layout = FixedLayout('cuda:0', torch.float32, size=[16, 1024], stride=[1024, 1])
buf0_layout = FixedLayout('cuda:0', torch.float32, size=[16, 1], stride=[1, 16])
arg1_1_layout = FixedLayout('cuda:0', torch.float32, size=[1024], stride=[1])
buf1_layout = FixedLayout('cuda:0', torch.float32, size=[16, 1024], stride=[1024, 1])
class op1_loop_body:
    var_ranges = {p0: 16, p1: 1024}
    index0 = 1024*p0 + p1
    index1 = p0
    index2 = p1
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('arg0_1', get_index)
        get_index_1 = self.get_index('index1')
        load_1 = ops.load('buf0', get_index_1)
        constant = ops.constant(1024.0, torch.float32)
        truediv = ops.truediv(load_1, constant)
        constant_1 = ops.constant(1e-06, torch.float32)
        add = ops.add(truediv, constant_1)
        rsqrt = ops.rsqrt(add)
        mul = ops.mul(load, rsqrt)
        get_index_2 = self.get_index('index2')
        load_2 = ops.load('arg1_1', get_index_2)
        mul_1 = ops.mul(mul, load_2)
        get_index_3 = self.get_index('index0')
        store = ops.store('buf1', get_index_3, mul_1, None)
        return store


