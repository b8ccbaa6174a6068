op0: SchedulerNode(ComputedBuffer)
op0.writes = [MemoryDep('buf0', c0, {c0: 512})]
op0.unmet_dependencies = []
op0.met_dependencies = [MemoryDep('arg0_1', c0, {c0: 512})]
op0.min_input_distance = 0
op0.max_input_distance = 0
op0.outputs = [
    buf0: ComputedBuffer
    buf0.layout = FixedLayout('cpu', torch.float32, size=[8, 64], stride=[64, 1])
    buf0.users = [NodeUser(node=OUTPUT, can_inplace=False, is_weak=False)]
]
op0.group.device = cpu
op0.group.iteration = ((512,), ())
op0.sizes = ([512], [])
arg0_1_layout = FixedLayout('cpu', torch.float32, size=[8, 64], stride=[64, 1])
buf0_layout = FixedLayout('cpu', torch.float32, size=[8, 64], stride=[64, 1])
class op0_loop_body:
    var_ranges = {p0: 512}
    index0 = p0
    def body(self, ops):
        get_index = self.get_index('index0')
        load = ops.load('arg0_1', get_index)
        constant = ops.constant(2.0, torch.float32)
        mul = ops.mul(load, constant)
        tanh = ops.tanh(mul)
        get_index_1 = self.get_index('index0')
        store = ops.store('buf0', get_index_1, tanh, None)
        return store


