// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 7], s1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 / 8), domain: d0 in [0, 7], d1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg4, %arg5, %arg6) in (1, 1, 1) shared_outs(%arg7 = %arg3) -> (tensor<8x128xf32>) {
      %xla_loop = xla.loop (%arg4, %arg5, %arg6, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg7) -> (tensor<8x128xf32>) {
        %pure_call = xla.pure_call @fused_computation_2_tanh_2(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<8x128xf32>
        xla.yield %inserted : tensor<8x128xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg7[0, 0] [8, 128] [1, 1] : tensor<8x128xf32> into tensor<8x128xf32>
      }
    }
    return %3 : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(%arg0: tensor<8x128xf32>, %arg1: tensor<16x8x128xf32>, %arg2: tensor<i32>, %arg3: index {xla.range = [0 : index, 7 : index]}, %arg4: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg3, %arg4] : tensor<8x128xf32>
    %0 = xla.apply_indexing #indexing_map1(%arg3, %arg4)
    %extracted_0 = tensor.extract %arg2[] : tensor<i32>
    %c0 = arith.constant 0 : index
    %1 = arith.index_cast %extracted_0 : i32 to index
    %c15 = arith.constant 15 : index
    %2 = arith.minsi %1, %c15 : index
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.addi %0, %3 : index
    %c0_i32 = arith.constant 0 : i32
    %c0_1 = arith.constant 0 : index
    %5 = arith.addi %arg3, %c0_1 : index
    %c0_2 = arith.constant 0 : index
    %6 = arith.addi %arg4, %c0_2 : index
    %extracted_3 = tensor.extract %arg1[%4, %5, %6] : tensor<16x8x128xf32>
    %7 = arith.addf %extracted, %extracted_3 : f32
    %8 = math.tanh %7 : f32
    return %8 : f32
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @fused_computation_2_tanh_2) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 7], s1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 / 8), domain: d0 in [0, 7], d1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg4, %arg5, %arg6) in (1, 1, 1) shared_outs(%arg7 = %arg3) -> (tensor<8x128xf32>) {
      %xla_loop = xla.loop (%arg4, %arg5, %arg6, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg7) -> (tensor<8x128xf32>) {
        %pure_call = xla.pure_call @fused_computation_2_tanh_2(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<8x128xf32>
        xla.yield %inserted : tensor<8x128xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg7[0, 0] [8, 128] [1, 1] : tensor<8x128xf32> into tensor<8x128xf32>
      }
    }
    return %3 : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(%arg0: tensor<8x128xf32>, %arg1: tensor<16x8x128xf32>, %arg2: tensor<i32>, %arg3: index {xla.range = [0 : index, 7 : index]}, %arg4: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg3, %arg4] : tensor<8x128xf32>
    %0 = xla.apply_indexing #indexing_map1(%arg3, %arg4)
    %extracted_0 = tensor.extract %arg2[] : tensor<i32>
    %c0 = arith.constant 0 : index
    %1 = arith.index_cast %extracted_0 : i32 to index
    %c15 = arith.constant 15 : index
    %2 = arith.minsi %1, %c15 : index
    %3 = arith.maxsi %2, %c0 : index
    %4 = arith.addi %0, %3 : index
    %c0_i32 = arith.constant 0 : i32
    %c0_1 = arith.constant 0 : index
    %5 = arith.addi %arg3, %c0_1 : index
    %c0_2 = arith.constant 0 : index
    %6 = arith.addi %arg4, %c0_2 : index
    %extracted_3 = tensor.extract %arg1[%4, %5, %6] : tensor<16x8x128xf32>
    %7 = arith.addf %extracted, %extracted_3 : f32
    %8 = math.tanh %7 : f32
    return %8 : f32
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 7], s1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 / 8), domain: d0 in [0, 7], d1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg4, %arg5, %arg6) in (1, 1, 1) shared_outs(%arg7 = %arg3) -> (tensor<8x128xf32>) {
      %xla_loop = xla.loop (%arg4, %arg5, %arg6, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg7) -> (tensor<8x128xf32>) {
        %pure_call = xla.pure_call @fused_computation_2_tanh_2(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<8x128xf32>
        xla.yield %inserted : tensor<8x128xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg7[0, 0] [8, 128] [1, 1] : tensor<8x128xf32> into tensor<8x128xf32>
      }
    }
    return %3 : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(%arg0: tensor<8x128xf32>, %arg1: tensor<16x8x128xf32>, %arg2: tensor<i32>, %arg3: index {xla.range = [0 : index, 7 : index]}, %arg4: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg0[%arg3, %arg4] : tensor<8x128xf32>
    %0 = xla.apply_indexing #indexing_map1(%arg3, %arg4)
    %extracted_0 = tensor.extract %arg2[] : tensor<i32>
    %1 = arith.index_cast %extracted_0 : i32 to index
    %2 = arith.minsi %1, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %3 = arith.maxsi %2, %c0 {xla.range = [0 : index, 15 : index]} : index
    %4 = arith.addi %0, %3 {xla.range = [0 : index, 15 : index]} : index
    %extracted_1 = tensor.extract %arg1[%4, %arg3, %arg4] : tensor<16x8x128xf32>
    %5 = arith.addf %extracted, %extracted_1 : f32
    %6 = math.tanh %5 : f32
    return %6 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_tanh_2(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(%arg0: tensor<8x128xf32>, %arg1: tensor<16x8x128xf32>, %arg2: tensor<i32>, %arg3: index {xla.range = [0 : index, 7 : index]}, %arg4: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg0[%arg3, %arg4] : tensor<8x128xf32>
    %extracted_0 = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted_0 : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %extracted_1 = tensor.extract %arg1[%2, %arg3, %arg4] : tensor<16x8x128xf32>
    %3 = arith.addf %extracted, %extracted_1 : f32
    %4 = math.tanh %3 : f32
    return %4 : f32
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_tanh_2(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(%arg0: tensor<8x128xf32>, %arg1: tensor<16x8x128xf32>, %arg2: tensor<i32>, %arg3: index {xla.range = [0 : index, 7 : index]}, %arg4: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg0[%arg3, %arg4] : tensor<8x128xf32>
    %extracted_0 = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted_0 : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %extracted_1 = tensor.extract %arg1[%2, %arg3, %arg4] : tensor<16x8x128xf32>
    %3 = arith.addf %extracted, %extracted_1 : f32
    %4 = math.tanh %3 : f32
    return %4 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_tanh_2(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(%arg0: tensor<8x128xf32>, %arg1: tensor<16x8x128xf32>, %arg2: tensor<i32>, %arg3: index {xla.range = [0 : index, 7 : index]}, %arg4: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg0[%arg3, %arg4] : tensor<8x128xf32>
    %extracted_0 = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted_0 : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %extracted_1 = tensor.extract %arg1[%2, %arg3, %arg4] : tensor<16x8x128xf32>
    %3 = arith.addf %extracted, %extracted_1 : f32
    %4 = math.tanh %3 : f32
    return %4 : f32
  }
}


// -----// IR Dump Before AddReductionFastMathFlagsPass: xla-cpu-add-reduction-fast-math-flags ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_tanh_2(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(%arg0: tensor<8x128xf32>, %arg1: tensor<16x8x128xf32>, %arg2: tensor<i32>, %arg3: index {xla.range = [0 : index, 7 : index]}, %arg4: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg0[%arg3, %arg4] : tensor<8x128xf32>
    %extracted_0 = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted_0 : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %extracted_1 = tensor.extract %arg1[%2, %arg3, %arg4] : tensor<16x8x128xf32>
    %3 = arith.addf %extracted, %extracted_1 : f32
    %4 = math.tanh %3 : f32
    return %4 : f32
  }
}


// -----// IR Dump Before Inliner: composite-fixed-point-pass{max-iterations=10 name=Inliner pipeline=inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 }} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_tanh_2(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(%arg0: tensor<8x128xf32>, %arg1: tensor<16x8x128xf32>, %arg2: tensor<i32>, %arg3: index {xla.range = [0 : index, 7 : index]}, %arg4: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg0[%arg3, %arg4] : tensor<8x128xf32>
    %extracted_0 = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted_0 : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %extracted_1 = tensor.extract %arg1[%2, %arg3, %arg4] : tensor<16x8x128xf32>
    %3 = arith.addf %extracted, %extracted_1 : f32
    %4 = math.tanh %3 : f32
    return %4 : f32
  }
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_tanh_2(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(%arg0: tensor<8x128xf32>, %arg1: tensor<16x8x128xf32>, %arg2: tensor<i32>, %arg3: index {xla.range = [0 : index, 7 : index]}, %arg4: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg0[%arg3, %arg4] : tensor<8x128xf32>
    %extracted_0 = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted_0 : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %extracted_1 = tensor.extract %arg1[%2, %arg3, %arg4] : tensor<16x8x128xf32>
    %3 = arith.addf %extracted, %extracted_1 : f32
    %4 = math.tanh %3 : f32
    return %4 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @fused_computation_2_tanh_2) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_tanh_2(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(%arg0: tensor<8x128xf32>, %arg1: tensor<16x8x128xf32>, %arg2: tensor<i32>, %arg3: index {xla.range = [0 : index, 7 : index]}, %arg4: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg0[%arg3, %arg4] : tensor<8x128xf32>
    %extracted_0 = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted_0 : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %extracted_1 = tensor.extract %arg1[%2, %arg3, %arg4] : tensor<16x8x128xf32>
    %3 = arith.addf %extracted, %extracted_1 : f32
    %4 = math.tanh %3 : f32
    return %4 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_tanh_2(%arg0, %arg1, %arg2, %ra, %rb) : (tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(%arg0: tensor<8x128xf32>, %arg1: tensor<16x8x128xf32>, %arg2: tensor<i32>, %arg3: index {xla.range = [0 : index, 7 : index]}, %arg4: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg0[%arg3, %arg4] : tensor<8x128xf32>
    %extracted_0 = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted_0 : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %extracted_1 = tensor.extract %arg1[%2, %arg3, %arg4] : tensor<16x8x128xf32>
    %3 = arith.addf %extracted, %extracted_1 : f32
    %4 = math.tanh %3 : f32
    return %4 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %c15 = arith.constant 15 : index
      %c0 = arith.constant 0 : index
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<8x128xf32>
      %extracted_0 = tensor.extract %arg2[] : tensor<i32>
      %0 = arith.index_cast %extracted_0 : i32 to index
      %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
      %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
      %extracted_1 = tensor.extract %arg1[%2, %ra, %rb] : tensor<16x8x128xf32>
      %3 = arith.addf %extracted, %extracted_1 : f32
      %4 = math.tanh %3 : f32
      %inserted = tensor.insert %4 into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
  func.func private @fused_computation_2_tanh_2(tensor<8x128xf32>, tensor<16x8x128xf32>, tensor<i32>, index {xla.range = [0 : index, 7 : index]}, index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>}
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %c15 = arith.constant 15 : index
      %c0 = arith.constant 0 : index
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<8x128xf32>
      %extracted_0 = tensor.extract %arg2[] : tensor<i32>
      %0 = arith.index_cast %extracted_0 : i32 to index
      %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
      %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
      %extracted_1 = tensor.extract %arg1[%2, %ra, %rb] : tensor<16x8x128xf32>
      %3 = arith.addf %extracted, %extracted_1 : f32
      %4 = math.tanh %3 : f32
      %inserted = tensor.insert %4 into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %c15 = arith.constant 15 : index
      %c0 = arith.constant 0 : index
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<8x128xf32>
      %extracted_0 = tensor.extract %arg2[] : tensor<i32>
      %0 = arith.index_cast %extracted_0 : i32 to index
      %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
      %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
      %extracted_1 = tensor.extract %arg1[%2, %ra, %rb] : tensor<16x8x128xf32>
      %3 = arith.addf %extracted, %extracted_1 : f32
      %4 = math.tanh %3 : f32
      %inserted = tensor.insert %4 into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
}


// -----// IR Dump Before PeelWorkgroupLoopPass: xla-cpu-peel-workgroup-loop ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %c15 = arith.constant 15 : index
      %c0 = arith.constant 0 : index
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<8x128xf32>
      %extracted_0 = tensor.extract %arg2[] : tensor<i32>
      %0 = arith.index_cast %extracted_0 : i32 to index
      %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
      %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
      %extracted_1 = tensor.extract %arg1[%2, %ra, %rb] : tensor<16x8x128xf32>
      %3 = arith.addf %extracted, %extracted_1 : f32
      %4 = math.tanh %3 : f32
      %inserted = tensor.insert %4 into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
}


// -----// IR Dump Before LowerXlaSharedPass: xla-cpu-lower-xla-shared ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<8x128xf32>
      %extracted_0 = tensor.extract %arg2[] : tensor<i32>
      %0 = arith.index_cast %extracted_0 : i32 to index
      %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
      %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
      %extracted_1 = tensor.extract %arg1[%2, %ra, %rb] : tensor<16x8x128xf32>
      %3 = arith.addf %extracted, %extracted_1 : f32
      %4 = math.tanh %3 : f32
      %inserted = tensor.insert %4 into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
}


// -----// IR Dump Before LowerXlaToScfPass: xla-lower-xla-to-scf{warp_size=32} ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<8x128xf32>
      %extracted_0 = tensor.extract %arg2[] : tensor<i32>
      %0 = arith.index_cast %extracted_0 : i32 to index
      %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
      %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
      %extracted_1 = tensor.extract %arg1[%2, %ra, %rb] : tensor<16x8x128xf32>
      %3 = arith.addf %extracted, %extracted_1 : f32
      %4 = math.tanh %3 : f32
      %inserted = tensor.insert %4 into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<8x128xf32>
      %extracted_0 = tensor.extract %arg2[] : tensor<i32>
      %0 = arith.index_cast %extracted_0 : i32 to index
      %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
      %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
      %extracted_1 = tensor.extract %arg1[%2, %ra, %rb] : tensor<16x8x128xf32>
      %3 = arith.addf %extracted, %extracted_1 : f32
      %4 = math.tanh %3 : f32
      %inserted = tensor.insert %4 into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<8x128xf32>
      %extracted_0 = tensor.extract %arg2[] : tensor<i32>
      %0 = arith.index_cast %extracted_0 : i32 to index
      %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
      %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
      %extracted_1 = tensor.extract %arg1[%2, %ra, %rb] : tensor<16x8x128xf32>
      %3 = arith.addf %extracted, %extracted_1 : f32
      %4 = math.tanh %3 : f32
      %inserted = tensor.insert %4 into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
}


// -----// IR Dump Before LowerXlaLoopsToScfPass: xla-lower-xla-loops-to-scf ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1] -> (s0, s1), domain: s0 in [0, 7], s1 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %xla_loop = xla.loop ()[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg3) -> (tensor<8x128xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<8x128xf32>
      %extracted_0 = tensor.extract %arg2[] : tensor<i32>
      %0 = arith.index_cast %extracted_0 : i32 to index
      %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
      %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
      %extracted_1 = tensor.extract %arg1[%2, %ra, %rb] : tensor<16x8x128xf32>
      %3 = arith.addf %extracted, %extracted_1 : f32
      %4 = math.tanh %3 : f32
      %inserted = tensor.insert %4 into %iter[%ra, %rb] : tensor<8x128xf32>
      xla.yield %inserted : tensor<8x128xf32>
    }
    return %xla_loop : tensor<8x128xf32>
  }
}


// -----// IR Dump Before StablehloConvertToSignlessPass: stablehlo-convert-to-signless ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<8x128xf32>) {
      %1 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<8x128xf32>) {
        %2 = scf.if %true -> (tensor<8x128xf32>) {
          %extracted = tensor.extract %arg0[%arg4, %arg6] : tensor<8x128xf32>
          %extracted_0 = tensor.extract %arg2[] : tensor<i32>
          %3 = arith.index_cast %extracted_0 : i32 to index
          %4 = arith.minsi %3, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
          %5 = arith.maxsi %4, %c0 {xla.range = [0 : index, 15 : index]} : index
          %extracted_1 = tensor.extract %arg1[%5, %arg4, %arg6] : tensor<16x8x128xf32>
          %6 = arith.addf %extracted, %extracted_1 : f32
          %7 = math.tanh %6 : f32
          %inserted = tensor.insert %7 into %arg7[%arg4, %arg6] : tensor<8x128xf32>
          scf.yield %inserted : tensor<8x128xf32>
        } else {
          scf.yield %arg7 : tensor<8x128xf32>
        }
        scf.yield %2 : tensor<8x128xf32>
      }
      scf.yield %1 : tensor<8x128xf32>
    }
    return %0 : tensor<8x128xf32>
  }
}


// -----// IR Dump Before PropagateSliceIndicesPass: xla-propagate-slice-indices ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<8x128xf32>) {
      %1 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<8x128xf32>) {
        %2 = scf.if %true -> (tensor<8x128xf32>) {
          %extracted = tensor.extract %arg0[%arg4, %arg6] : tensor<8x128xf32>
          %extracted_0 = tensor.extract %arg2[] : tensor<i32>
          %3 = arith.index_cast %extracted_0 : i32 to index
          %4 = arith.minsi %3, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
          %5 = arith.maxsi %4, %c0 {xla.range = [0 : index, 15 : index]} : index
          %extracted_1 = tensor.extract %arg1[%5, %arg4, %arg6] : tensor<16x8x128xf32>
          %6 = arith.addf %extracted, %extracted_1 : f32
          %7 = math.tanh %6 : f32
          %inserted = tensor.insert %7 into %arg7[%arg4, %arg6] : tensor<8x128xf32>
          scf.yield %inserted : tensor<8x128xf32>
        } else {
          scf.yield %arg7 : tensor<8x128xf32>
        }
        scf.yield %2 : tensor<8x128xf32>
      }
      scf.yield %1 : tensor<8x128xf32>
    }
    return %0 : tensor<8x128xf32>
  }
}


// -----// IR Dump Before FlattenTensorsPass: xla-flatten-tensors ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<8x128xf32>) {
      %1 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<8x128xf32>) {
        %2 = scf.if %true -> (tensor<8x128xf32>) {
          %extracted = tensor.extract %arg0[%arg4, %arg6] : tensor<8x128xf32>
          %extracted_0 = tensor.extract %arg2[] : tensor<i32>
          %3 = arith.index_cast %extracted_0 : i32 to index
          %4 = arith.minsi %3, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
          %5 = arith.maxsi %4, %c0 {xla.range = [0 : index, 15 : index]} : index
          %extracted_1 = tensor.extract %arg1[%5, %arg4, %arg6] : tensor<16x8x128xf32>
          %6 = arith.addf %extracted, %extracted_1 : f32
          %7 = math.tanh %6 : f32
          %inserted = tensor.insert %7 into %arg7[%arg4, %arg6] : tensor<8x128xf32>
          scf.yield %inserted : tensor<8x128xf32>
        } else {
          scf.yield %arg7 : tensor<8x128xf32>
        }
        scf.yield %2 : tensor<8x128xf32>
      }
      scf.yield %1 : tensor<8x128xf32>
    }
    return %0 : tensor<8x128xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %true = arith.constant true
    %0 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<1024xf32>) {
      %1 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<1024xf32>) {
        %2 = scf.if %true -> (tensor<1024xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg4, %arg6)
          %extracted = tensor.extract %arg0[%3] : tensor<1024xf32>
          %extracted_0 = tensor.extract %arg2[] : tensor<i32>
          %4 = arith.index_cast %extracted_0 : i32 to index
          %5 = arith.minsi %4, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
          %6 = arith.maxsi %5, %c0 {xla.range = [0 : index, 15 : index]} : index
          %7 = xla.apply_indexing #indexing_map1(%6, %arg4, %arg6)
          %extracted_1 = tensor.extract %arg1[%7] : tensor<16384xf32>
          %8 = arith.addf %extracted, %extracted_1 : f32
          %9 = math.tanh %8 : f32
          %10 = xla.apply_indexing #indexing_map(%arg4, %arg6)
          %inserted = tensor.insert %9 into %arg7[%10] : tensor<1024xf32>
          scf.yield %inserted : tensor<1024xf32>
        } else {
          scf.yield %arg7 : tensor<1024xf32>
        }
        scf.yield %2 : tensor<1024xf32>
      }
      scf.yield %1 : tensor<1024xf32>
    }
    return %0 : tensor<1024xf32>
  }
}


// -----// IR Dump Before UnswitchLoopsPass: xla-unswitch-loops ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %true = arith.constant true
    %0 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<1024xf32>) {
      %1 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<1024xf32>) {
        %2 = scf.if %true -> (tensor<1024xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg4, %arg6)
          %extracted = tensor.extract %arg0[%3] : tensor<1024xf32>
          %extracted_0 = tensor.extract %arg2[] : tensor<i32>
          %4 = arith.index_cast %extracted_0 : i32 to index
          %5 = arith.minsi %4, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
          %6 = arith.maxsi %5, %c0 {xla.range = [0 : index, 15 : index]} : index
          %7 = xla.apply_indexing #indexing_map1(%6, %arg4, %arg6)
          %extracted_1 = tensor.extract %arg1[%7] : tensor<16384xf32>
          %8 = arith.addf %extracted, %extracted_1 : f32
          %9 = math.tanh %8 : f32
          %10 = xla.apply_indexing #indexing_map(%arg4, %arg6)
          %inserted = tensor.insert %9 into %arg7[%10] : tensor<1024xf32>
          scf.yield %inserted : tensor<1024xf32>
        } else {
          scf.yield %arg7 : tensor<1024xf32>
        }
        scf.yield %2 : tensor<1024xf32>
      }
      scf.yield %1 : tensor<1024xf32>
    }
    return %0 : tensor<1024xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %0 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<1024xf32>) {
      %1 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<1024xf32>) {
        %2 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted = tensor.extract %arg0[%2] : tensor<1024xf32>
        %extracted_0 = tensor.extract %arg2[] : tensor<i32>
        %3 = arith.index_cast %extracted_0 : i32 to index
        %4 = arith.minsi %3, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
        %5 = arith.maxsi %4, %c0 {xla.range = [0 : index, 15 : index]} : index
        %6 = xla.apply_indexing #indexing_map1(%5, %arg4, %arg6)
        %extracted_1 = tensor.extract %arg1[%6] : tensor<16384xf32>
        %7 = arith.addf %extracted, %extracted_1 : f32
        %8 = math.tanh %7 : f32
        %9 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %inserted = tensor.insert %8 into %arg7[%9] : tensor<1024xf32>
        scf.yield %inserted : tensor<1024xf32>
      }
      scf.yield %1 : tensor<1024xf32>
    }
    return %0 : tensor<1024xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %3 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<1024xf32>) {
      %4 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<1024xf32>) {
        %5 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg0[%5] : tensor<1024xf32>
        %6 = xla.apply_indexing #indexing_map1(%2, %arg4, %arg6)
        %extracted_1 = tensor.extract %arg1[%6] : tensor<16384xf32>
        %7 = arith.addf %extracted_0, %extracted_1 : f32
        %8 = math.tanh %7 : f32
        %9 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %inserted = tensor.insert %8 into %arg7[%9] : tensor<1024xf32>
        scf.yield %inserted : tensor<1024xf32>
      }
      scf.yield %4 : tensor<1024xf32>
    }
    return %3 : tensor<1024xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %3 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<1024xf32>) {
      %4 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<1024xf32>) {
        %5 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg0[%5] : tensor<1024xf32>
        %6 = xla.apply_indexing #indexing_map1(%2, %arg4, %arg6)
        %extracted_1 = tensor.extract %arg1[%6] : tensor<16384xf32>
        %7 = arith.addf %extracted_0, %extracted_1 : f32
        %8 = math.tanh %7 : f32
        %9 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %inserted = tensor.insert %8 into %arg7[%9] : tensor<1024xf32>
        scf.yield %inserted : tensor<1024xf32>
      }
      scf.yield %4 : tensor<1024xf32>
    }
    return %3 : tensor<1024xf32>
  }
}


// -----// IR Dump Before AddLoopUnrollFlagsPass: xla-cpu-add-loop-unroll-flags{max_nested_iterations=1} ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %3 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<1024xf32>) {
      %4 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<1024xf32>) {
        %5 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg0[%5] : tensor<1024xf32>
        %6 = xla.apply_indexing #indexing_map1(%2, %arg4, %arg6)
        %extracted_1 = tensor.extract %arg1[%6] : tensor<16384xf32>
        %7 = arith.addf %extracted_0, %extracted_1 : f32
        %8 = math.tanh %7 : f32
        %inserted = tensor.insert %8 into %arg7[%5] : tensor<1024xf32>
        scf.yield %inserted : tensor<1024xf32>
      }
      scf.yield %4 : tensor<1024xf32>
    }
    return %3 : tensor<1024xf32>
  }
}


// -----// IR Dump Before xla::cpu::ModuleCallbackPass: unknown<xla::cpu::ModuleCallbackPass> ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %3 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<1024xf32>) {
      %4 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<1024xf32>) {
        %5 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg0[%5] : tensor<1024xf32>
        %6 = xla.apply_indexing #indexing_map1(%2, %arg4, %arg6)
        %extracted_1 = tensor.extract %arg1[%6] : tensor<16384xf32>
        %7 = arith.addf %extracted_0, %extracted_1 : f32
        %8 = math.tanh %7 : f32
        %inserted = tensor.insert %8 into %arg7[%5] : tensor<1024xf32>
        scf.yield %inserted : tensor<1024xf32>
      }
      scf.yield %4 : tensor<1024xf32>
    } {loop_annotation = #loop_annotation}
    return %3 : tensor<1024xf32>
  }
}


// -----// IR Dump Before ConvertPureCallOpsPass: xla-convert-pure-call-ops ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %3 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<1024xf32>) {
      %4 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<1024xf32>) {
        %5 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg0[%5] : tensor<1024xf32>
        %6 = xla.apply_indexing #indexing_map1(%2, %arg4, %arg6)
        %extracted_1 = tensor.extract %arg1[%6] : tensor<16384xf32>
        %7 = arith.addf %extracted_0, %extracted_1 : f32
        %8 = math.tanh %7 : f32
        %inserted = tensor.insert %8 into %arg7[%5] : tensor<1024xf32>
        scf.yield %inserted : tensor<1024xf32>
      }
      scf.yield %4 : tensor<1024xf32>
    } {loop_annotation = #loop_annotation}
    return %3 : tensor<1024xf32>
  }
}


// -----// IR Dump Before LowerToLLVMPass: xla-cpu-lower-to-llvm{prefer_vector_width=256} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}) -> tensor<1024xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %3 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<1024xf32>) {
      %4 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<1024xf32>) {
        %5 = xla.apply_indexing #indexing_map(%arg4, %arg6)
        %extracted_0 = tensor.extract %arg0[%5] : tensor<1024xf32>
        %6 = xla.apply_indexing #indexing_map1(%2, %arg4, %arg6)
        %extracted_1 = tensor.extract %arg1[%6] : tensor<16384xf32>
        %7 = arith.addf %extracted_0, %extracted_1 : f32
        %8 = math.tanh %7 : f32
        %inserted = tensor.insert %8 into %arg7[%5] : tensor<1024xf32>
        scf.yield %inserted : tensor<1024xf32>
      }
      scf.yield %4 : tensor<1024xf32>
    } {loop_annotation = #loop_annotation}
    return %3 : tensor<1024xf32>
  }
}


// -----// IR Dump Before LowerTensorsPass: xla-lower-tensors{gpu_device_info= target_type=cpu} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = builtin.unrealized_conversion_cast %4 : !llvm.ptr to tensor<1024xf32>
    %6 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %7 = llvm.load %6 invariant : !llvm.ptr -> !llvm.ptr
    %8 = llvm.getelementptr inbounds %7[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %9 = llvm.load %8 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.ptr to tensor<16384xf32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %15 = builtin.unrealized_conversion_cast %14 : !llvm.ptr to tensor<i32>
    %16 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> !llvm.ptr
    %18 = llvm.getelementptr inbounds %17[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %19 = llvm.load %18 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %20 = builtin.unrealized_conversion_cast %19 : !llvm.ptr to tensor<1024xf32>
    %21 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %22 = llvm.load %21 : !llvm.ptr -> !llvm.ptr
    %23 = llvm.getelementptr inbounds %22[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %24 = llvm.load %23 invariant : !llvm.ptr -> i64
    %25 = builtin.unrealized_conversion_cast %24 : i64 to index
    %26 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %27 = llvm.load %26 : !llvm.ptr -> !llvm.ptr
    %28 = llvm.getelementptr inbounds %27[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %29 = llvm.load %28 invariant : !llvm.ptr -> i64
    %30 = builtin.unrealized_conversion_cast %29 : i64 to index
    %31 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %32 = llvm.load %31 : !llvm.ptr -> !llvm.ptr
    %33 = llvm.getelementptr inbounds %32[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %34 = llvm.load %33 invariant : !llvm.ptr -> i64
    %35 = builtin.unrealized_conversion_cast %34 : i64 to index
    %36 = call @add_tanh_fusion_wrapped(%5, %10, %15, %20, %25, %30, %35) : (tensor<1024xf32>, tensor<16384xf32>, tensor<i32>, tensor<1024xf32>, index, index, index) -> tensor<1024xf32>
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<i32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: tensor<1024xf32> {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}, %arg4: index, %arg5: index, %arg6: index) -> tensor<1024xf32> attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c15 = arith.constant 15 : index
    %c0 = arith.constant 0 : index
    %extracted = tensor.extract %arg2[] : tensor<i32>
    %0 = arith.index_cast %extracted : i32 to index
    %1 = arith.minsi %0, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %2 = arith.maxsi %1, %c0 {xla.range = [0 : index, 15 : index]} : index
    %3 = scf.for %arg7 = %c0 to %c8 step %c1 iter_args(%arg8 = %arg3) -> (tensor<1024xf32>) {
      %4 = scf.for %arg9 = %c0 to %c128 step %c1 iter_args(%arg10 = %arg8) -> (tensor<1024xf32>) {
        %5 = xla.apply_indexing #indexing_map(%arg7, %arg9)
        %extracted_0 = tensor.extract %arg0[%5] : tensor<1024xf32>
        %6 = xla.apply_indexing #indexing_map1(%2, %arg7, %arg9)
        %extracted_1 = tensor.extract %arg1[%6] : tensor<16384xf32>
        %7 = arith.addf %extracted_0, %extracted_1 : f32
        %8 = math.tanh %7 : f32
        %inserted = tensor.insert %8 into %arg10[%5] : tensor<1024xf32>
        scf.yield %inserted : tensor<1024xf32>
      }
      scf.yield %4 : tensor<1024xf32>
    } {loop_annotation = #loop_annotation}
    return %3 : tensor<1024xf32>
  }
}


// -----// IR Dump Before ConvertComplexToStandardPass: convert-complex-to-standard{complex-range=improved} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %16 = llvm.load %15 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %17 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %18 = llvm.load %17 : !llvm.ptr -> !llvm.ptr
    %19 = llvm.getelementptr inbounds %18[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    %22 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %23 = llvm.load %22 : !llvm.ptr -> !llvm.ptr
    %24 = llvm.getelementptr inbounds %23[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %25 = llvm.load %24 invariant : !llvm.ptr -> i64
    %26 = builtin.unrealized_conversion_cast %25 : i64 to index
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %8, %12, %16, %21, %26, %31) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %5 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg0[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = xla.apply_indexing #indexing_map1(%4, %arg7, %arg8)
        %10 = arith.index_castui %9 : index to i64
        %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %12 = llvm.load %11 invariant : !llvm.ptr -> f32
        %13 = arith.addf %8, %12 : f32
        %14 = math.tanh %13 : f32
        %15 = arith.index_castui %5 : index to i64
        %16 = llvm.getelementptr inbounds %arg3[0, %15] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %14, %16 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before MergePointersToSameSlicePass: xla-merge-pointers ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %16 = llvm.load %15 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %17 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %18 = llvm.load %17 : !llvm.ptr -> !llvm.ptr
    %19 = llvm.getelementptr inbounds %18[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    %22 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %23 = llvm.load %22 : !llvm.ptr -> !llvm.ptr
    %24 = llvm.getelementptr inbounds %23[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %25 = llvm.load %24 invariant : !llvm.ptr -> i64
    %26 = builtin.unrealized_conversion_cast %25 : i64 to index
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %8, %12, %16, %21, %26, %31) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 2 : index}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, xla.slice_index = 3 : index}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %5 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg0[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = xla.apply_indexing #indexing_map1(%4, %arg7, %arg8)
        %10 = arith.index_castui %9 : index to i64
        %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %12 = llvm.load %11 invariant : !llvm.ptr -> f32
        %13 = arith.addf %8, %12 : f32
        %14 = math.tanh %13 : f32
        %15 = arith.index_castui %5 : index to i64
        %16 = llvm.getelementptr inbounds %arg3[0, %15] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %14, %16 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %16 = llvm.load %15 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %17 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %18 = llvm.load %17 : !llvm.ptr -> !llvm.ptr
    %19 = llvm.getelementptr inbounds %18[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    %22 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %23 = llvm.load %22 : !llvm.ptr -> !llvm.ptr
    %24 = llvm.getelementptr inbounds %23[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %25 = llvm.load %24 invariant : !llvm.ptr -> i64
    %26 = builtin.unrealized_conversion_cast %25 : i64 to index
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %8, %12, %16, %21, %26, %31) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %5 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg0[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = xla.apply_indexing #indexing_map1(%4, %arg7, %arg8)
        %10 = arith.index_castui %9 : index to i64
        %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %12 = llvm.load %11 invariant : !llvm.ptr -> f32
        %13 = arith.addf %8, %12 : f32
        %14 = math.tanh %13 : f32
        %15 = arith.index_castui %5 : index to i64
        %16 = llvm.getelementptr inbounds %arg3[0, %15] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %14, %16 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %16 = llvm.load %15 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %17 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %18 = llvm.load %17 : !llvm.ptr -> !llvm.ptr
    %19 = llvm.getelementptr inbounds %18[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    %22 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %23 = llvm.load %22 : !llvm.ptr -> !llvm.ptr
    %24 = llvm.getelementptr inbounds %23[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %25 = llvm.load %24 invariant : !llvm.ptr -> i64
    %26 = builtin.unrealized_conversion_cast %25 : i64 to index
    %27 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %28 = llvm.load %27 : !llvm.ptr -> !llvm.ptr
    %29 = llvm.getelementptr inbounds %28[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %30 = llvm.load %29 invariant : !llvm.ptr -> i64
    %31 = builtin.unrealized_conversion_cast %30 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %8, %12, %16, %21, %26, %31) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %5 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg0[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = xla.apply_indexing #indexing_map1(%4, %arg7, %arg8)
        %10 = arith.index_castui %9 : index to i64
        %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %12 = llvm.load %11 invariant : !llvm.ptr -> f32
        %13 = arith.addf %8, %12 : f32
        %14 = math.tanh %13 : f32
        %15 = arith.index_castui %5 : index to i64
        %16 = llvm.getelementptr inbounds %arg3[0, %15] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %14, %16 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @add_tanh_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %5 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg0[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = xla.apply_indexing #indexing_map1(%4, %arg7, %arg8)
        %10 = arith.index_castui %9 : index to i64
        %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %12 = llvm.load %11 invariant : !llvm.ptr -> f32
        %13 = arith.addf %8, %12 : f32
        %14 = math.tanh %13 : f32
        %15 = llvm.getelementptr inbounds %arg3[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %14, %15 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @add_tanh_fusion_wrapped) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %5 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg0[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = xla.apply_indexing #indexing_map1(%4, %arg7, %arg8)
        %10 = arith.index_castui %9 : index to i64
        %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %12 = llvm.load %11 invariant : !llvm.ptr -> f32
        %13 = arith.addf %8, %12 : f32
        %14 = math.tanh %13 : f32
        %15 = llvm.getelementptr inbounds %arg3[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %14, %15 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandIntegerPowerPass: xla-expand-integer-power ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %5 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg0[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = xla.apply_indexing #indexing_map1(%4, %arg7, %arg8)
        %10 = arith.index_castui %9 : index to i64
        %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %12 = llvm.load %11 invariant : !llvm.ptr -> f32
        %13 = arith.addf %8, %12 : f32
        %14 = math.tanh %13 : f32
        %15 = llvm.getelementptr inbounds %arg3[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %14, %15 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyAffinePass: xla-simplify-affine ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 128 + d1), domain: d0 in [0, 7], d1 in [0, 127]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %5 = xla.apply_indexing #indexing_map(%arg7, %arg8)
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg0[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = xla.apply_indexing #indexing_map1(%4, %arg7, %arg8)
        %10 = arith.index_castui %9 : index to i64
        %11 = llvm.getelementptr inbounds %arg1[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %12 = llvm.load %11 invariant : !llvm.ptr -> f32
        %13 = arith.addf %8, %12 : f32
        %14 = math.tanh %13 : f32
        %15 = llvm.getelementptr inbounds %arg3[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %14, %15 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %5 = arith.muli %arg7, %c128 overflow<nsw> : index
        %6 = arith.addi %5, %arg8 overflow<nsw> : index
        %7 = arith.index_castui %6 : index to i64
        %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %9 = llvm.load %8 invariant : !llvm.ptr -> f32
        %10 = arith.muli %4, %c1024 overflow<nsw> : index
        %11 = arith.muli %arg7, %c128 overflow<nsw> : index
        %12 = arith.addi %10, %11 overflow<nsw> : index
        %13 = arith.addi %12, %arg8 overflow<nsw> : index
        %14 = arith.index_castui %13 : index to i64
        %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %16 = llvm.load %15 invariant : !llvm.ptr -> f32
        %17 = arith.addf %9, %16 : f32
        %18 = math.tanh %17 : f32
        %19 = llvm.getelementptr inbounds %arg3[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %18, %19 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %5 = arith.muli %arg7, %c128 overflow<nsw> : index
        %6 = arith.addi %5, %arg8 overflow<nsw> : index
        %7 = arith.index_castui %6 : index to i64
        %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %9 = llvm.load %8 invariant : !llvm.ptr -> f32
        %10 = arith.muli %4, %c1024 overflow<nsw> : index
        %11 = arith.muli %arg7, %c128 overflow<nsw> : index
        %12 = arith.addi %10, %11 overflow<nsw> : index
        %13 = arith.addi %12, %arg8 overflow<nsw> : index
        %14 = arith.index_castui %13 : index to i64
        %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %16 = llvm.load %15 invariant : !llvm.ptr -> f32
        %17 = arith.addf %9, %16 : f32
        %18 = math.tanh %17 : f32
        %19 = llvm.getelementptr inbounds %arg3[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %18, %19 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %5 = arith.muli %arg7, %c128 overflow<nsw> : index
        %6 = arith.addi %5, %arg8 overflow<nsw> : index
        %7 = arith.index_castui %6 : index to i64
        %8 = llvm.getelementptr inbounds %arg0[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %9 = llvm.load %8 invariant : !llvm.ptr -> f32
        %10 = arith.muli %4, %c1024 overflow<nsw> : index
        %11 = arith.muli %arg7, %c128 overflow<nsw> : index
        %12 = arith.addi %10, %11 overflow<nsw> : index
        %13 = arith.addi %12, %arg8 overflow<nsw> : index
        %14 = arith.index_castui %13 : index to i64
        %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %16 = llvm.load %15 invariant : !llvm.ptr -> f32
        %17 = arith.addf %9, %16 : f32
        %18 = math.tanh %17 : f32
        %19 = llvm.getelementptr inbounds %arg3[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %18, %19 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SymbolDCEPass: symbol-dce ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      %6 = arith.muli %arg7, %c128 overflow<nsw> : index
      %7 = arith.muli %arg7, %c128 overflow<nsw> : index
      %8 = arith.addi %5, %7 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %9 = arith.addi %6, %arg8 overflow<nsw> : index
        %10 = arith.index_castui %9 : index to i64
        %11 = llvm.getelementptr inbounds %arg0[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %12 = llvm.load %11 invariant : !llvm.ptr -> f32
        %13 = arith.addi %8, %arg8 overflow<nsw> : index
        %14 = arith.index_castui %13 : index to i64
        %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %16 = llvm.load %15 invariant : !llvm.ptr -> f32
        %17 = arith.addf %12, %16 : f32
        %18 = math.tanh %17 : f32
        %19 = llvm.getelementptr inbounds %arg3[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %18, %19 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      %6 = arith.muli %arg7, %c128 overflow<nsw> : index
      %7 = arith.muli %arg7, %c128 overflow<nsw> : index
      %8 = arith.addi %5, %7 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %9 = arith.addi %6, %arg8 overflow<nsw> : index
        %10 = arith.index_castui %9 : index to i64
        %11 = llvm.getelementptr inbounds %arg0[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %12 = llvm.load %11 invariant : !llvm.ptr -> f32
        %13 = arith.addi %8, %arg8 overflow<nsw> : index
        %14 = arith.index_castui %13 : index to i64
        %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %16 = llvm.load %15 invariant : !llvm.ptr -> f32
        %17 = arith.addf %12, %16 : f32
        %18 = math.tanh %17 : f32
        %19 = llvm.getelementptr inbounds %arg3[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %18, %19 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @add_tanh_fusion) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      %6 = arith.muli %arg7, %c128 overflow<nsw> : index
      %7 = arith.addi %5, %6 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %8 = arith.addi %6, %arg8 overflow<nsw> : index
        %9 = arith.index_castui %8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.addi %7, %arg8 overflow<nsw> : index
        %13 = arith.index_castui %12 : index to i64
        %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %15 = llvm.load %14 invariant : !llvm.ptr -> f32
        %16 = arith.addf %11, %15 : f32
        %17 = math.tanh %16 : f32
        %18 = llvm.getelementptr inbounds %arg3[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %17, %18 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @add_tanh_fusion_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      %6 = arith.muli %arg7, %c128 overflow<nsw> : index
      %7 = arith.addi %5, %6 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %8 = arith.addi %6, %arg8 overflow<nsw> : index
        %9 = arith.index_castui %8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.addi %7, %arg8 overflow<nsw> : index
        %13 = arith.index_castui %12 : index to i64
        %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %15 = llvm.load %14 invariant : !llvm.ptr -> f32
        %16 = arith.addf %11, %15 : f32
        %17 = math.tanh %16 : f32
        %18 = llvm.getelementptr inbounds %arg3[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %17, %18 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-expand-float-ops{approximate_tanh=false} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      %6 = arith.muli %arg7, %c128 overflow<nsw> : index
      %7 = arith.addi %5, %6 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %8 = arith.addi %6, %arg8 overflow<nsw> : index
        %9 = arith.index_castui %8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.addi %7, %arg8 overflow<nsw> : index
        %13 = arith.index_castui %12 : index to i64
        %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %15 = llvm.load %14 invariant : !llvm.ptr -> f32
        %16 = arith.addf %11, %15 : f32
        %17 = math.tanh %16 : f32
        %18 = llvm.getelementptr inbounds %arg3[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %17, %18 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      %6 = arith.muli %arg7, %c128 overflow<nsw> : index
      %7 = arith.addi %5, %6 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %8 = arith.addi %6, %arg8 overflow<nsw> : index
        %9 = arith.index_castui %8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.addi %7, %arg8 overflow<nsw> : index
        %13 = arith.index_castui %12 : index to i64
        %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %15 = llvm.load %14 invariant : !llvm.ptr -> f32
        %16 = arith.addf %11, %15 : f32
        %17 = math.tanh %16 : f32
        %18 = llvm.getelementptr inbounds %arg3[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %17, %18 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      %6 = arith.muli %arg7, %c128 overflow<nsw> : index
      %7 = arith.addi %5, %6 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %8 = arith.addi %6, %arg8 overflow<nsw> : index
        %9 = arith.index_castui %8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.addi %7, %arg8 overflow<nsw> : index
        %13 = arith.index_castui %12 : index to i64
        %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %15 = llvm.load %14 invariant : !llvm.ptr -> f32
        %16 = arith.addf %11, %15 : f32
        %17 = math.tanh %16 : f32
        %18 = llvm.getelementptr inbounds %arg3[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %17, %18 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SCFToControlFlowPass: convert-scf-to-cf{allow-pattern-rollback=true} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    scf.for %arg7 = %c0 to %c8 step %c1 {
      %6 = arith.muli %arg7, %c128 overflow<nsw> : index
      %7 = arith.addi %5, %6 overflow<nsw> : index
      scf.for %arg8 = %c0 to %c128 step %c1 {
        %8 = arith.addi %6, %arg8 overflow<nsw> : index
        %9 = arith.index_castui %8 : index to i64
        %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        %11 = llvm.load %10 invariant : !llvm.ptr -> f32
        %12 = arith.addi %7, %arg8 overflow<nsw> : index
        %13 = arith.index_castui %12 : index to i64
        %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
        %15 = llvm.load %14 invariant : !llvm.ptr -> f32
        %16 = arith.addf %11, %15 : f32
        %17 = math.tanh %16 : f32
        %18 = llvm.getelementptr inbounds %arg3[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
        llvm.store %17, %18 : f32, !llvm.ptr
      }
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerXlaIntrinsicLibPass: xla-lower-xla-intrinsic-lib ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb5
    %7 = arith.cmpi slt, %6, %c8 : index
    cf.cond_br %7, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %8 = arith.muli %6, %c128 overflow<nsw> : index
    %9 = arith.addi %5, %8 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%10: index):  // 2 preds: ^bb2, ^bb4
    %11 = arith.cmpi slt, %10, %c128 : index
    cf.cond_br %11, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %12 = arith.addi %8, %10 overflow<nsw> : index
    %13 = arith.index_castui %12 : index to i64
    %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.addi %9, %10 overflow<nsw> : index
    %17 = arith.index_castui %16 : index to i64
    %18 = llvm.getelementptr inbounds %arg1[0, %17] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %19 = llvm.load %18 invariant : !llvm.ptr -> f32
    %20 = arith.addf %15, %19 : f32
    %21 = math.tanh %20 : f32
    %22 = llvm.getelementptr inbounds %arg3[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    llvm.store %21, %22 : f32, !llvm.ptr
    %23 = arith.addi %10, %c1 : index
    cf.br ^bb3(%23 : index)
  ^bb5:  // pred: ^bb3
    %24 = arith.addi %6, %c1 : index
    cf.br ^bb1(%24 : index) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @xla.tanh.f32) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func private @xla.tanh.f32(f32) -> f32
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb5
    %7 = arith.cmpi slt, %6, %c8 : index
    cf.cond_br %7, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %8 = arith.muli %6, %c128 overflow<nsw> : index
    %9 = arith.addi %5, %8 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%10: index):  // 2 preds: ^bb2, ^bb4
    %11 = arith.cmpi slt, %10, %c128 : index
    cf.cond_br %11, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %12 = arith.addi %8, %10 overflow<nsw> : index
    %13 = arith.index_castui %12 : index to i64
    %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.addi %9, %10 overflow<nsw> : index
    %17 = arith.index_castui %16 : index to i64
    %18 = llvm.getelementptr inbounds %arg1[0, %17] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %19 = llvm.load %18 invariant : !llvm.ptr -> f32
    %20 = arith.addf %15, %19 : f32
    %21 = call @xla.tanh.f32(%20) : (f32) -> f32
    %22 = llvm.getelementptr inbounds %arg3[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    llvm.store %21, %22 : f32, !llvm.ptr
    %23 = arith.addi %10, %c1 : index
    cf.br ^bb3(%23 : index)
  ^bb5:  // pred: ^bb3
    %24 = arith.addi %6, %c1 : index
    cf.br ^bb1(%24 : index) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @add_tanh_fusion) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func private @xla.tanh.f32(f32) -> f32
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb5
    %7 = arith.cmpi slt, %6, %c8 : index
    cf.cond_br %7, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %8 = arith.muli %6, %c128 overflow<nsw> : index
    %9 = arith.addi %5, %8 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%10: index):  // 2 preds: ^bb2, ^bb4
    %11 = arith.cmpi slt, %10, %c128 : index
    cf.cond_br %11, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %12 = arith.addi %8, %10 overflow<nsw> : index
    %13 = arith.index_castui %12 : index to i64
    %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.addi %9, %10 overflow<nsw> : index
    %17 = arith.index_castui %16 : index to i64
    %18 = llvm.getelementptr inbounds %arg1[0, %17] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %19 = llvm.load %18 invariant : !llvm.ptr -> f32
    %20 = arith.addf %15, %19 : f32
    %21 = call @xla.tanh.f32(%20) : (f32) -> f32
    %22 = llvm.getelementptr inbounds %arg3[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    llvm.store %21, %22 : f32, !llvm.ptr
    %23 = arith.addi %10, %c1 : index
    cf.br ^bb3(%23 : index)
  ^bb5:  // pred: ^bb3
    %24 = arith.addi %6, %c1 : index
    cf.br ^bb1(%24 : index) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @add_tanh_fusion_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func private @xla.tanh.f32(f32) -> f32
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb5
    %7 = arith.cmpi slt, %6, %c8 : index
    cf.cond_br %7, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %8 = arith.muli %6, %c128 overflow<nsw> : index
    %9 = arith.addi %5, %8 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%10: index):  // 2 preds: ^bb2, ^bb4
    %11 = arith.cmpi slt, %10, %c128 : index
    cf.cond_br %11, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %12 = arith.addi %8, %10 overflow<nsw> : index
    %13 = arith.index_castui %12 : index to i64
    %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.addi %9, %10 overflow<nsw> : index
    %17 = arith.index_castui %16 : index to i64
    %18 = llvm.getelementptr inbounds %arg1[0, %17] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %19 = llvm.load %18 invariant : !llvm.ptr -> f32
    %20 = arith.addf %15, %19 : f32
    %21 = call @xla.tanh.f32(%20) : (f32) -> f32
    %22 = llvm.getelementptr inbounds %arg3[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    llvm.store %21, %22 : f32, !llvm.ptr
    %23 = arith.addi %10, %c1 : index
    cf.br ^bb3(%23 : index)
  ^bb5:  // pred: ^bb3
    %24 = arith.addi %6, %c1 : index
    cf.br ^bb1(%24 : index) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLibmPass: convert-math-to-libm ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func private @xla.tanh.f32(f32) -> f32
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb5
    %7 = arith.cmpi slt, %6, %c8 : index
    cf.cond_br %7, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %8 = arith.muli %6, %c128 overflow<nsw> : index
    %9 = arith.addi %5, %8 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%10: index):  // 2 preds: ^bb2, ^bb4
    %11 = arith.cmpi slt, %10, %c128 : index
    cf.cond_br %11, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %12 = arith.addi %8, %10 overflow<nsw> : index
    %13 = arith.index_castui %12 : index to i64
    %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.addi %9, %10 overflow<nsw> : index
    %17 = arith.index_castui %16 : index to i64
    %18 = llvm.getelementptr inbounds %arg1[0, %17] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %19 = llvm.load %18 invariant : !llvm.ptr -> f32
    %20 = arith.addf %15, %19 : f32
    %21 = call @xla.tanh.f32(%20) : (f32) -> f32
    %22 = llvm.getelementptr inbounds %arg3[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    llvm.store %21, %22 : f32, !llvm.ptr
    %23 = arith.addi %10, %c1 : index
    cf.br ^bb3(%23 : index)
  ^bb5:  // pred: ^bb3
    %24 = arith.addi %6, %c1 : index
    cf.br ^bb1(%24 : index) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before LowerToLLVMCPUPass: xla-lower-to-llvm-cpu ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func private @xla.tanh.f32(f32) -> f32
  func.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %15, %18, %21) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: index, %arg5: index, %arg6: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c0 = arith.constant 0 : index
    %c15 = arith.constant 15 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> i32
    %2 = arith.index_cast %1 : i32 to index
    %3 = arith.minsi %2, %c15 {xla.range = [-9223372036854775808 : index, 15 : index]} : index
    %4 = arith.maxsi %3, %c0 {xla.range = [0 : index, 15 : index]} : index
    %5 = arith.muli %4, %c1024 overflow<nsw> : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb5
    %7 = arith.cmpi slt, %6, %c8 : index
    cf.cond_br %7, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %8 = arith.muli %6, %c128 overflow<nsw> : index
    %9 = arith.addi %5, %8 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%10: index):  // 2 preds: ^bb2, ^bb4
    %11 = arith.cmpi slt, %10, %c128 : index
    cf.cond_br %11, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %12 = arith.addi %8, %10 overflow<nsw> : index
    %13 = arith.index_castui %12 : index to i64
    %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.addi %9, %10 overflow<nsw> : index
    %17 = arith.index_castui %16 : index to i64
    %18 = llvm.getelementptr inbounds %arg1[0, %17] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %19 = llvm.load %18 invariant : !llvm.ptr -> f32
    %20 = arith.addf %15, %19 : f32
    %21 = call @xla.tanh.f32(%20) : (f32) -> f32
    %22 = llvm.getelementptr inbounds %arg3[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    llvm.store %21, %22 : f32, !llvm.ptr
    %23 = arith.addi %10, %c1 : index
    cf.br ^bb3(%23 : index)
  ^bb5:  // pred: ^bb3
    %24 = arith.addi %6, %c1 : index
    cf.br ^bb1(%24 : index) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ReconcileUnrealizedCastsPass: reconcile-unrealized-casts ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @xla.tanh.f32(f32) -> f32 attributes {sym_visibility = "private"}
  llvm.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %20 = llvm.load %19 invariant : !llvm.ptr -> i64
    %21 = builtin.unrealized_conversion_cast %20 : i64 to index
    llvm.call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %14, %17, %20) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: i64, %arg5: i64, %arg6: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1024 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(15 : index) : i64
    %3 = llvm.mlir.constant(1 : index) : i64
    %4 = llvm.mlir.constant(8 : index) : i64
    %5 = llvm.mlir.constant(128 : index) : i64
    %6 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %7 = llvm.load %6 invariant : !llvm.ptr -> i32
    %8 = llvm.sext %7 : i32 to i64
    %9 = llvm.intr.smin(%8, %2) {xla.range = [-9223372036854775808 : index, 15 : index]} : (i64, i64) -> i64
    %10 = llvm.intr.smax(%9, %1) {xla.range = [0 : index, 15 : index]} : (i64, i64) -> i64
    %11 = llvm.mul %10, %0 overflow<nsw> : i64
    llvm.br ^bb1(%1 : i64)
  ^bb1(%12: i64):  // 2 preds: ^bb0, ^bb5
    %13 = llvm.icmp "slt" %12, %4 : i64
    llvm.cond_br %13, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %14 = llvm.mul %12, %5 overflow<nsw> : i64
    %15 = llvm.add %11, %14 overflow<nsw> : i64
    llvm.br ^bb3(%1 : i64)
  ^bb3(%16: i64):  // 2 preds: ^bb2, ^bb4
    %17 = llvm.icmp "slt" %16, %5 : i64
    llvm.cond_br %17, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %18 = llvm.add %14, %16 overflow<nsw> : i64
    %19 = llvm.getelementptr inbounds %arg0[0, %18] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %20 = llvm.load %19 invariant : !llvm.ptr -> f32
    %21 = llvm.add %15, %16 overflow<nsw> : i64
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %23 = llvm.load %22 invariant : !llvm.ptr -> f32
    %24 = llvm.fadd %20, %23 : f32
    %25 = llvm.call @xla.tanh.f32(%24) : (f32) -> f32
    %26 = llvm.getelementptr inbounds %arg3[0, %18] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    llvm.store %25, %26 : f32, !llvm.ptr
    %27 = llvm.add %16, %3 : i64
    llvm.br ^bb3(%27 : i64)
  ^bb5:  // pred: ^bb3
    %28 = llvm.add %12, %3 : i64
    llvm.br ^bb1(%28 : i64) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @xla.tanh.f32(f32) -> f32 attributes {sym_visibility = "private"}
  llvm.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    llvm.call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %14, %16, %18) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: i64, %arg5: i64, %arg6: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1024 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(15 : index) : i64
    %3 = llvm.mlir.constant(1 : index) : i64
    %4 = llvm.mlir.constant(8 : index) : i64
    %5 = llvm.mlir.constant(128 : index) : i64
    %6 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %7 = llvm.load %6 invariant : !llvm.ptr -> i32
    %8 = llvm.sext %7 : i32 to i64
    %9 = llvm.intr.smin(%8, %2) {xla.range = [-9223372036854775808 : index, 15 : index]} : (i64, i64) -> i64
    %10 = llvm.intr.smax(%9, %1) {xla.range = [0 : index, 15 : index]} : (i64, i64) -> i64
    %11 = llvm.mul %10, %0 overflow<nsw> : i64
    llvm.br ^bb1(%1 : i64)
  ^bb1(%12: i64):  // 2 preds: ^bb0, ^bb5
    %13 = llvm.icmp "slt" %12, %4 : i64
    llvm.cond_br %13, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %14 = llvm.mul %12, %5 overflow<nsw> : i64
    %15 = llvm.add %11, %14 overflow<nsw> : i64
    llvm.br ^bb3(%1 : i64)
  ^bb3(%16: i64):  // 2 preds: ^bb2, ^bb4
    %17 = llvm.icmp "slt" %16, %5 : i64
    llvm.cond_br %17, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %18 = llvm.add %14, %16 overflow<nsw> : i64
    %19 = llvm.getelementptr inbounds %arg0[0, %18] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %20 = llvm.load %19 invariant : !llvm.ptr -> f32
    %21 = llvm.add %15, %16 overflow<nsw> : i64
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %23 = llvm.load %22 invariant : !llvm.ptr -> f32
    %24 = llvm.fadd %20, %23 : f32
    %25 = llvm.call @xla.tanh.f32(%24) : (f32) -> f32
    %26 = llvm.getelementptr inbounds %arg3[0, %18] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    llvm.store %25, %26 : f32, !llvm.ptr
    %27 = llvm.add %16, %3 : i64
    llvm.br ^bb3(%27 : i64)
  ^bb5:  // pred: ^bb3
    %28 = llvm.add %12, %3 : i64
    llvm.br ^bb1(%28 : i64) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @add_tanh_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @add_tanh_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @xla.tanh.f32(f32) -> f32 attributes {sym_visibility = "private"}
  llvm.func @add_tanh_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %2[3, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %10 = llvm.load %9 invariant dereferenceable<bytes = 4096> : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = llvm.getelementptr inbounds %12[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = llvm.getelementptr inbounds %12[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    llvm.call @add_tanh_fusion_wrapped(%4, %6, %8, %10, %14, %16, %18) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @add_tanh_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg3: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4096 : index, llvm.noalias}, %arg4: i64, %arg5: i64, %arg6: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1024 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(15 : index) : i64
    %3 = llvm.mlir.constant(1 : index) : i64
    %4 = llvm.mlir.constant(8 : index) : i64
    %5 = llvm.mlir.constant(128 : index) : i64
    %6 = llvm.getelementptr inbounds %arg2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i32>
    %7 = llvm.load %6 invariant : !llvm.ptr -> i32
    %8 = llvm.sext %7 : i32 to i64
    %9 = llvm.intr.smin(%8, %2) {xla.range = [-9223372036854775808 : index, 15 : index]} : (i64, i64) -> i64
    %10 = llvm.intr.smax(%9, %1) {xla.range = [0 : index, 15 : index]} : (i64, i64) -> i64
    %11 = llvm.mul %10, %0 overflow<nsw> : i64
    llvm.br ^bb1(%1 : i64)
  ^bb1(%12: i64):  // 2 preds: ^bb0, ^bb5
    %13 = llvm.icmp "slt" %12, %4 : i64
    llvm.cond_br %13, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %14 = llvm.mul %12, %5 overflow<nsw> : i64
    %15 = llvm.add %11, %14 overflow<nsw> : i64
    llvm.br ^bb3(%1 : i64)
  ^bb3(%16: i64):  // 2 preds: ^bb2, ^bb4
    %17 = llvm.icmp "slt" %16, %5 : i64
    llvm.cond_br %17, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %18 = llvm.add %14, %16 overflow<nsw> : i64
    %19 = llvm.getelementptr inbounds %arg0[0, %18] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    %20 = llvm.load %19 invariant : !llvm.ptr -> f32
    %21 = llvm.add %15, %16 overflow<nsw> : i64
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    %23 = llvm.load %22 invariant : !llvm.ptr -> f32
    %24 = llvm.fadd %20, %23 : f32
    %25 = llvm.call @xla.tanh.f32(%24) : (f32) -> f32
    %26 = llvm.getelementptr inbounds %arg3[0, %18] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<1024 x f32>
    llvm.store %25, %26 : f32, !llvm.ptr
    %27 = llvm.add %16, %3 : i64
    llvm.br ^bb3(%27 : i64)
  ^bb5:  // pred: ^bb3
    %28 = llvm.add %12, %3 : i64
    llvm.br ^bb1(%28 : i64) {loop_annotation = #loop_annotation}
  ^bb6:  // pred: ^bb1
    llvm.return
  }
}


