// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1, s2] -> (s0, s1, s2), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg2, %arg3, %arg4) in (1, 1, 1) shared_outs(%arg5 = %arg1) -> (tensor<16x8x128xf32>) {
      %xla_loop = xla.loop (%arg2, %arg3, %arg4, %0, %1, %2)[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg5) -> (tensor<16x8x128xf32>) {
        %pure_call = xla.pure_call @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0, %ra, %rb, %rc) : (tensor<f32>, index, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
        xla.yield %inserted : tensor<16x8x128xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg5[0, 0, 0] [16, 8, 128] [1, 1, 1] : tensor<16x8x128xf32> into tensor<16x8x128xf32>
      }
    }
    return %3 : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0: tensor<f32>, %arg1: index {xla.range = [0 : index, 15 : index]}, %arg2: index {xla.range = [0 : index, 7 : index]}, %arg3: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true} {
    %extracted = tensor.extract %arg0[] : tensor<f32>
    return %extracted : f32
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @wrapped_broadcast_computation_broadcast_in_dim_1) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1, s2] -> (s0, s1, s2), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg2, %arg3, %arg4) in (1, 1, 1) shared_outs(%arg5 = %arg1) -> (tensor<16x8x128xf32>) {
      %xla_loop = xla.loop (%arg2, %arg3, %arg4, %0, %1, %2)[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg5) -> (tensor<16x8x128xf32>) {
        %pure_call = xla.pure_call @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0, %ra, %rb, %rc) : (tensor<f32>, index, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
        xla.yield %inserted : tensor<16x8x128xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg5[0, 0, 0] [16, 8, 128] [1, 1, 1] : tensor<16x8x128xf32> into tensor<16x8x128xf32>
      }
    }
    return %3 : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0: tensor<f32>, %arg1: index {xla.range = [0 : index, 15 : index]}, %arg2: index {xla.range = [0 : index, 7 : index]}, %arg3: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true} {
    %extracted = tensor.extract %arg0[] : tensor<f32>
    return %extracted : f32
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1, s2] -> (s0, s1, s2), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg2, %arg3, %arg4) in (1, 1, 1) shared_outs(%arg5 = %arg1) -> (tensor<16x8x128xf32>) {
      %xla_loop = xla.loop (%arg2, %arg3, %arg4, %0, %1, %2)[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg5) -> (tensor<16x8x128xf32>) {
        %pure_call = xla.pure_call @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0, %ra, %rb, %rc) : (tensor<f32>, index, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
        xla.yield %inserted : tensor<16x8x128xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg5[0, 0, 0] [16, 8, 128] [1, 1, 1] : tensor<16x8x128xf32> into tensor<16x8x128xf32>
      }
    }
    return %3 : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0: tensor<f32>, %arg1: index {xla.range = [0 : index, 15 : index]}, %arg2: index {xla.range = [0 : index, 7 : index]}, %arg3: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true} {
    %extracted = tensor.extract %arg0[] : tensor<f32>
    return %extracted : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %pure_call = xla.pure_call @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0, %ra, %rb, %rc) : (tensor<f32>, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0: tensor<f32>, %arg1: index {xla.range = [0 : index, 15 : index]}, %arg2: index {xla.range = [0 : index, 7 : index]}, %arg3: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true} {
    %extracted = tensor.extract %arg0[] : tensor<f32>
    return %extracted : f32
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %pure_call = xla.pure_call @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0, %ra, %rb, %rc) : (tensor<f32>, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0: tensor<f32>, %arg1: index {xla.range = [0 : index, 15 : index]}, %arg2: index {xla.range = [0 : index, 7 : index]}, %arg3: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true} {
    %extracted = tensor.extract %arg0[] : tensor<f32>
    return %extracted : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %pure_call = xla.pure_call @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0, %ra, %rb, %rc) : (tensor<f32>, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0: tensor<f32>, %arg1: index {xla.range = [0 : index, 15 : index]}, %arg2: index {xla.range = [0 : index, 7 : index]}, %arg3: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true} {
    %extracted = tensor.extract %arg0[] : tensor<f32>
    return %extracted : f32
  }
}


// -----// IR Dump Before AddReductionFastMathFlagsPass: xla-cpu-add-reduction-fast-math-flags ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %pure_call = xla.pure_call @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0, %ra, %rb, %rc) : (tensor<f32>, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0: tensor<f32>, %arg1: index {xla.range = [0 : index, 15 : index]}, %arg2: index {xla.range = [0 : index, 7 : index]}, %arg3: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true} {
    %extracted = tensor.extract %arg0[] : tensor<f32>
    return %extracted : f32
  }
}


// -----// IR Dump Before Inliner: composite-fixed-point-pass{max-iterations=10 name=Inliner pipeline=inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 }} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %pure_call = xla.pure_call @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0, %ra, %rb, %rc) : (tensor<f32>, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0: tensor<f32>, %arg1: index {xla.range = [0 : index, 15 : index]}, %arg2: index {xla.range = [0 : index, 7 : index]}, %arg3: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true} {
    %extracted = tensor.extract %arg0[] : tensor<f32>
    return %extracted : f32
  }
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %pure_call = xla.pure_call @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0, %ra, %rb, %rc) : (tensor<f32>, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0: tensor<f32>, %arg1: index {xla.range = [0 : index, 15 : index]}, %arg2: index {xla.range = [0 : index, 7 : index]}, %arg3: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true} {
    %extracted = tensor.extract %arg0[] : tensor<f32>
    return %extracted : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @wrapped_broadcast_computation_broadcast_in_dim_1) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %pure_call = xla.pure_call @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0, %ra, %rb, %rc) : (tensor<f32>, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0: tensor<f32>, %arg1: index {xla.range = [0 : index, 15 : index]}, %arg2: index {xla.range = [0 : index, 7 : index]}, %arg3: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true} {
    %extracted = tensor.extract %arg0[] : tensor<f32>
    return %extracted : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %pure_call = xla.pure_call @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0, %ra, %rb, %rc) : (tensor<f32>, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(%arg0: tensor<f32>, %arg1: index {xla.range = [0 : index, 15 : index]}, %arg2: index {xla.range = [0 : index, 7 : index]}, %arg3: index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true} {
    %extracted = tensor.extract %arg0[] : tensor<f32>
    return %extracted : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %extracted = tensor.extract %arg0[] : tensor<f32>
      %inserted = tensor.insert %extracted into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
  func.func private @wrapped_broadcast_computation_broadcast_in_dim_1(tensor<f32>, index {xla.range = [0 : index, 15 : index]}, index {xla.range = [0 : index, 7 : index]}, index {xla.range = [0 : index, 127 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>, no_compute = true}
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %extracted = tensor.extract %arg0[] : tensor<f32>
      %inserted = tensor.insert %extracted into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %extracted = tensor.extract %arg0[] : tensor<f32>
      %inserted = tensor.insert %extracted into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
}


// -----// IR Dump Before PeelWorkgroupLoopPass: xla-cpu-peel-workgroup-loop ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %extracted = tensor.extract %arg0[] : tensor<f32>
      %inserted = tensor.insert %extracted into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
}


// -----// IR Dump Before LowerXlaSharedPass: xla-cpu-lower-xla-shared ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %extracted = tensor.extract %arg0[] : tensor<f32>
      %inserted = tensor.insert %extracted into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
}


// -----// IR Dump Before LowerXlaToScfPass: xla-lower-xla-to-scf{warp_size=32} ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %extracted = tensor.extract %arg0[] : tensor<f32>
      %inserted = tensor.insert %extracted into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %extracted = tensor.extract %arg0[] : tensor<f32>
      %inserted = tensor.insert %extracted into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %extracted = tensor.extract %arg0[] : tensor<f32>
      %inserted = tensor.insert %extracted into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
}


// -----// IR Dump Before LowerXlaLoopsToScfPass: xla-lower-xla-loops-to-scf ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2] -> (s0, s1, s2), domain: s0 in [0, 15], s1 in [0, 7], s2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k] -> (%ra, %rb, %rc) in #indexing_map iter_args(%iter = %arg1) -> (tensor<16x8x128xf32>) {
      %extracted = tensor.extract %arg0[] : tensor<f32>
      %inserted = tensor.insert %extracted into %iter[%ra, %rb, %rc] : tensor<16x8x128xf32>
      xla.yield %inserted : tensor<16x8x128xf32>
    }
    return %xla_loop : tensor<16x8x128xf32>
  }
}


// -----// IR Dump Before StablehloConvertToSignlessPass: stablehlo-convert-to-signless ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16x8x128xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16x8x128xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16x8x128xf32>) {
          %3 = scf.if %true -> (tensor<16x8x128xf32>) {
            %extracted = tensor.extract %arg0[] : tensor<f32>
            %inserted = tensor.insert %extracted into %arg7[%arg2, %arg4, %arg6] : tensor<16x8x128xf32>
            scf.yield %inserted : tensor<16x8x128xf32>
          } else {
            scf.yield %arg7 : tensor<16x8x128xf32>
          }
          scf.yield %3 : tensor<16x8x128xf32>
        }
        scf.yield %2 : tensor<16x8x128xf32>
      }
      scf.yield %1 : tensor<16x8x128xf32>
    }
    return %0 : tensor<16x8x128xf32>
  }
}


// -----// IR Dump Before PropagateSliceIndicesPass: xla-propagate-slice-indices ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16x8x128xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16x8x128xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16x8x128xf32>) {
          %3 = scf.if %true -> (tensor<16x8x128xf32>) {
            %extracted = tensor.extract %arg0[] : tensor<f32>
            %inserted = tensor.insert %extracted into %arg7[%arg2, %arg4, %arg6] : tensor<16x8x128xf32>
            scf.yield %inserted : tensor<16x8x128xf32>
          } else {
            scf.yield %arg7 : tensor<16x8x128xf32>
          }
          scf.yield %3 : tensor<16x8x128xf32>
        }
        scf.yield %2 : tensor<16x8x128xf32>
      }
      scf.yield %1 : tensor<16x8x128xf32>
    }
    return %0 : tensor<16x8x128xf32>
  }
}


// -----// IR Dump Before FlattenTensorsPass: xla-flatten-tensors ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16x8x128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16x8x128xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16x8x128xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16x8x128xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16x8x128xf32>) {
          %3 = scf.if %true -> (tensor<16x8x128xf32>) {
            %extracted = tensor.extract %arg0[] : tensor<f32>
            %inserted = tensor.insert %extracted into %arg7[%arg2, %arg4, %arg6] : tensor<16x8x128xf32>
            scf.yield %inserted : tensor<16x8x128xf32>
          } else {
            scf.yield %arg7 : tensor<16x8x128xf32>
          }
          scf.yield %3 : tensor<16x8x128xf32>
        }
        scf.yield %2 : tensor<16x8x128xf32>
      }
      scf.yield %1 : tensor<16x8x128xf32>
    }
    return %0 : tensor<16x8x128xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16384xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
          %3 = scf.if %true -> (tensor<16384xf32>) {
            %extracted = tensor.extract %arg0[] : tensor<f32>
            %4 = xla.apply_indexing #indexing_map(%arg2, %arg4, %arg6)
            %inserted = tensor.insert %extracted into %arg7[%4] : tensor<16384xf32>
            scf.yield %inserted : tensor<16384xf32>
          } else {
            scf.yield %arg7 : tensor<16384xf32>
          }
          scf.yield %3 : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before UnswitchLoopsPass: xla-unswitch-loops ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16384xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
          %3 = scf.if %true -> (tensor<16384xf32>) {
            %extracted = tensor.extract %arg0[] : tensor<f32>
            %4 = xla.apply_indexing #indexing_map(%arg2, %arg4, %arg6)
            %inserted = tensor.insert %extracted into %arg7[%4] : tensor<16384xf32>
            scf.yield %inserted : tensor<16384xf32>
          } else {
            scf.yield %arg7 : tensor<16384xf32>
          }
          scf.yield %3 : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16384xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
          %extracted = tensor.extract %arg0[] : tensor<f32>
          %3 = xla.apply_indexing #indexing_map(%arg2, %arg4, %arg6)
          %inserted = tensor.insert %extracted into %arg7[%3] : tensor<16384xf32>
          scf.yield %inserted : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %extracted = tensor.extract %arg0[] : tensor<f32>
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16384xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg2, %arg4, %arg6)
          %inserted = tensor.insert %extracted into %arg7[%3] : tensor<16384xf32>
          scf.yield %inserted : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %extracted = tensor.extract %arg0[] : tensor<f32>
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16384xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg2, %arg4, %arg6)
          %inserted = tensor.insert %extracted into %arg7[%3] : tensor<16384xf32>
          scf.yield %inserted : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before AddLoopUnrollFlagsPass: xla-cpu-add-loop-unroll-flags{max_nested_iterations=1} ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %extracted = tensor.extract %arg0[] : tensor<f32>
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16384xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg2, %arg4, %arg6)
          %inserted = tensor.insert %extracted into %arg7[%3] : tensor<16384xf32>
          scf.yield %inserted : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      }
      scf.yield %1 : tensor<16384xf32>
    }
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before xla::cpu::ModuleCallbackPass: unknown<xla::cpu::ModuleCallbackPass> ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %extracted = tensor.extract %arg0[] : tensor<f32>
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16384xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg2, %arg4, %arg6)
          %inserted = tensor.insert %extracted into %arg7[%3] : tensor<16384xf32>
          scf.yield %inserted : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<16384xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before ConvertPureCallOpsPass: xla-convert-pure-call-ops ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %extracted = tensor.extract %arg0[] : tensor<f32>
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16384xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg2, %arg4, %arg6)
          %inserted = tensor.insert %extracted into %arg7[%3] : tensor<16384xf32>
          scf.yield %inserted : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<16384xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before LowerToLLVMPass: xla-cpu-lower-to-llvm{prefer_vector_width=256} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}) -> tensor<16384xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %extracted = tensor.extract %arg0[] : tensor<f32>
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg1) -> (tensor<16384xf32>) {
      %1 = scf.for %arg4 = %c0 to %c8 step %c1 iter_args(%arg5 = %arg3) -> (tensor<16384xf32>) {
        %2 = scf.for %arg6 = %c0 to %c128 step %c1 iter_args(%arg7 = %arg5) -> (tensor<16384xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg2, %arg4, %arg6)
          %inserted = tensor.insert %extracted into %arg7[%3] : tensor<16384xf32>
          scf.yield %inserted : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<16384xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before LowerTensorsPass: xla-lower-tensors{gpu_device_info= target_type=cpu} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = builtin.unrealized_conversion_cast %4 : !llvm.ptr to tensor<f32>
    %6 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %7 = llvm.load %6 invariant : !llvm.ptr -> !llvm.ptr
    %8 = llvm.getelementptr inbounds %7[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %9 = llvm.load %8 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.ptr to tensor<16384xf32>
    %11 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = builtin.unrealized_conversion_cast %14 : i64 to index
    %16 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %17 = llvm.load %16 : !llvm.ptr -> !llvm.ptr
    %18 = llvm.getelementptr inbounds %17[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %19 = llvm.load %18 invariant : !llvm.ptr -> i64
    %20 = builtin.unrealized_conversion_cast %19 : i64 to index
    %21 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %22 = llvm.load %21 : !llvm.ptr -> !llvm.ptr
    %23 = llvm.getelementptr inbounds %22[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %24 = llvm.load %23 invariant : !llvm.ptr -> i64
    %25 = builtin.unrealized_conversion_cast %24 : i64 to index
    %26 = call @wrapped_broadcast_wrapped(%5, %10, %15, %20, %25) : (tensor<f32>, tensor<16384xf32>, index, index, index) -> tensor<16384xf32>
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: tensor<f32> {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<16384xf32> {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}, %arg2: index, %arg3: index, %arg4: index) -> tensor<16384xf32> attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c128 = arith.constant 128 : index
    %extracted = tensor.extract %arg0[] : tensor<f32>
    %0 = scf.for %arg5 = %c0 to %c16 step %c1 iter_args(%arg6 = %arg1) -> (tensor<16384xf32>) {
      %1 = scf.for %arg7 = %c0 to %c8 step %c1 iter_args(%arg8 = %arg6) -> (tensor<16384xf32>) {
        %2 = scf.for %arg9 = %c0 to %c128 step %c1 iter_args(%arg10 = %arg8) -> (tensor<16384xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg5, %arg7, %arg9)
          %inserted = tensor.insert %extracted into %arg10[%3] : tensor<16384xf32>
          scf.yield %inserted : tensor<16384xf32>
        }
        scf.yield %2 : tensor<16384xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<16384xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<16384xf32>
  }
}


// -----// IR Dump Before ConvertComplexToStandardPass: convert-complex-to-standard{complex-range=improved} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %15 = llvm.load %14 : !llvm.ptr -> !llvm.ptr
    %16 = llvm.getelementptr inbounds %15[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> i64
    %23 = builtin.unrealized_conversion_cast %22 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %8, %13, %18, %23) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %2 = xla.apply_indexing #indexing_map(%arg5, %arg6, %arg7)
          %3 = arith.index_castui %2 : index to i64
          %4 = llvm.getelementptr inbounds %arg1[0, %3] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %4 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before MergePointersToSameSlicePass: xla-merge-pointers ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %15 = llvm.load %14 : !llvm.ptr -> !llvm.ptr
    %16 = llvm.getelementptr inbounds %15[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> i64
    %23 = builtin.unrealized_conversion_cast %22 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %8, %13, %18, %23) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, xla.slice_index = 1 : index}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %2 = xla.apply_indexing #indexing_map(%arg5, %arg6, %arg7)
          %3 = arith.index_castui %2 : index to i64
          %4 = llvm.getelementptr inbounds %arg1[0, %3] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %4 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %15 = llvm.load %14 : !llvm.ptr -> !llvm.ptr
    %16 = llvm.getelementptr inbounds %15[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> i64
    %23 = builtin.unrealized_conversion_cast %22 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %8, %13, %18, %23) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %2 = xla.apply_indexing #indexing_map(%arg5, %arg6, %arg7)
          %3 = arith.index_castui %2 : index to i64
          %4 = llvm.getelementptr inbounds %arg1[0, %3] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %4 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %15 = llvm.load %14 : !llvm.ptr -> !llvm.ptr
    %16 = llvm.getelementptr inbounds %15[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %17 = llvm.load %16 invariant : !llvm.ptr -> i64
    %18 = builtin.unrealized_conversion_cast %17 : i64 to index
    %19 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %20 = llvm.load %19 : !llvm.ptr -> !llvm.ptr
    %21 = llvm.getelementptr inbounds %20[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %22 = llvm.load %21 invariant : !llvm.ptr -> i64
    %23 = builtin.unrealized_conversion_cast %22 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %8, %13, %18, %23) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %2 = xla.apply_indexing #indexing_map(%arg5, %arg6, %arg7)
          %3 = arith.index_castui %2 : index to i64
          %4 = llvm.getelementptr inbounds %arg1[0, %3] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %4 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @wrapped_broadcast) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %2 = xla.apply_indexing #indexing_map(%arg5, %arg6, %arg7)
          %3 = arith.index_castui %2 : index to i64
          %4 = llvm.getelementptr inbounds %arg1[0, %3] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %4 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @wrapped_broadcast_wrapped) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %2 = xla.apply_indexing #indexing_map(%arg5, %arg6, %arg7)
          %3 = arith.index_castui %2 : index to i64
          %4 = llvm.getelementptr inbounds %arg1[0, %3] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %4 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandIntegerPowerPass: xla-expand-integer-power ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %2 = xla.apply_indexing #indexing_map(%arg5, %arg6, %arg7)
          %3 = arith.index_castui %2 : index to i64
          %4 = llvm.getelementptr inbounds %arg1[0, %3] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %4 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyAffinePass: xla-simplify-affine ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 1024 + d1 * 128 + d2), domain: d0 in [0, 15], d1 in [0, 7], d2 in [0, 127]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %2 = xla.apply_indexing #indexing_map(%arg5, %arg6, %arg7)
          %3 = arith.index_castui %2 : index to i64
          %4 = llvm.getelementptr inbounds %arg1[0, %3] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %4 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %2 = arith.muli %arg5, %c1024 overflow<nsw> : index
          %3 = arith.muli %arg6, %c128 overflow<nsw> : index
          %4 = arith.addi %2, %3 overflow<nsw> : index
          %5 = arith.addi %4, %arg7 overflow<nsw> : index
          %6 = arith.index_castui %5 : index to i64
          %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %7 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %2 = arith.muli %arg5, %c1024 overflow<nsw> : index
          %3 = arith.muli %arg6, %c128 overflow<nsw> : index
          %4 = arith.addi %2, %3 overflow<nsw> : index
          %5 = arith.addi %4, %arg7 overflow<nsw> : index
          %6 = arith.index_castui %5 : index to i64
          %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %7 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %2 = arith.muli %arg5, %c1024 overflow<nsw> : index
          %3 = arith.muli %arg6, %c128 overflow<nsw> : index
          %4 = arith.addi %2, %3 overflow<nsw> : index
          %5 = arith.addi %4, %arg7 overflow<nsw> : index
          %6 = arith.index_castui %5 : index to i64
          %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %7 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SymbolDCEPass: symbol-dce ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %2 = arith.muli %arg5, %c1024 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c8 step %c1 {
        %3 = arith.muli %arg6, %c128 overflow<nsw> : index
        %4 = arith.addi %2, %3 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %5 = arith.addi %4, %arg7 overflow<nsw> : index
          %6 = arith.index_castui %5 : index to i64
          %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %7 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %2 = arith.muli %arg5, %c1024 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c8 step %c1 {
        %3 = arith.muli %arg6, %c128 overflow<nsw> : index
        %4 = arith.addi %2, %3 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %5 = arith.addi %4, %arg7 overflow<nsw> : index
          %6 = arith.index_castui %5 : index to i64
          %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %7 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @wrapped_broadcast) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %2 = arith.muli %arg5, %c1024 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c8 step %c1 {
        %3 = arith.muli %arg6, %c128 overflow<nsw> : index
        %4 = arith.addi %2, %3 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %5 = arith.addi %4, %arg7 overflow<nsw> : index
          %6 = arith.index_castui %5 : index to i64
          %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %7 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @wrapped_broadcast_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %2 = arith.muli %arg5, %c1024 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c8 step %c1 {
        %3 = arith.muli %arg6, %c128 overflow<nsw> : index
        %4 = arith.addi %2, %3 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %5 = arith.addi %4, %arg7 overflow<nsw> : index
          %6 = arith.index_castui %5 : index to i64
          %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %7 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-expand-float-ops{approximate_tanh=false} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %2 = arith.muli %arg5, %c1024 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c8 step %c1 {
        %3 = arith.muli %arg6, %c128 overflow<nsw> : index
        %4 = arith.addi %2, %3 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %5 = arith.addi %4, %arg7 overflow<nsw> : index
          %6 = arith.index_castui %5 : index to i64
          %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %7 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %2 = arith.muli %arg5, %c1024 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c8 step %c1 {
        %3 = arith.muli %arg6, %c128 overflow<nsw> : index
        %4 = arith.addi %2, %3 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %5 = arith.addi %4, %arg7 overflow<nsw> : index
          %6 = arith.index_castui %5 : index to i64
          %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %7 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %2 = arith.muli %arg5, %c1024 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c8 step %c1 {
        %3 = arith.muli %arg6, %c128 overflow<nsw> : index
        %4 = arith.addi %2, %3 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %5 = arith.addi %4, %arg7 overflow<nsw> : index
          %6 = arith.index_castui %5 : index to i64
          %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %7 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SCFToControlFlowPass: convert-scf-to-cf{allow-pattern-rollback=true} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    scf.for %arg5 = %c0 to %c16 step %c1 {
      %2 = arith.muli %arg5, %c1024 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c8 step %c1 {
        %3 = arith.muli %arg6, %c128 overflow<nsw> : index
        %4 = arith.addi %2, %3 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c128 step %c1 {
          %5 = arith.addi %4, %arg7 overflow<nsw> : index
          %6 = arith.index_castui %5 : index to i64
          %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
          llvm.store %1, %7 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerXlaIntrinsicLibPass: xla-lower-xla-intrinsic-lib ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%2: index):  // 2 preds: ^bb0, ^bb8
    %3 = arith.cmpi slt, %2, %c16 : index
    cf.cond_br %3, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    %4 = arith.muli %2, %c1024 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%5: index):  // 2 preds: ^bb2, ^bb7
    %6 = arith.cmpi slt, %5, %c8 : index
    cf.cond_br %6, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %7 = arith.muli %5, %c128 overflow<nsw> : index
    %8 = arith.addi %4, %7 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%9: index):  // 2 preds: ^bb4, ^bb6
    %10 = arith.cmpi slt, %9, %c128 : index
    cf.cond_br %10, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %11 = arith.addi %8, %9 overflow<nsw> : index
    %12 = arith.index_castui %11 : index to i64
    %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %1, %13 : f32, !llvm.ptr
    %14 = arith.addi %9, %c1 : index
    cf.br ^bb5(%14 : index)
  ^bb7:  // pred: ^bb5
    %15 = arith.addi %5, %c1 : index
    cf.br ^bb3(%15 : index) {loop_annotation = #loop_annotation}
  ^bb8:  // pred: ^bb3
    %16 = arith.addi %2, %c1 : index
    cf.br ^bb1(%16 : index) {loop_annotation = #loop_annotation}
  ^bb9:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @wrapped_broadcast) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%2: index):  // 2 preds: ^bb0, ^bb8
    %3 = arith.cmpi slt, %2, %c16 : index
    cf.cond_br %3, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    %4 = arith.muli %2, %c1024 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%5: index):  // 2 preds: ^bb2, ^bb7
    %6 = arith.cmpi slt, %5, %c8 : index
    cf.cond_br %6, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %7 = arith.muli %5, %c128 overflow<nsw> : index
    %8 = arith.addi %4, %7 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%9: index):  // 2 preds: ^bb4, ^bb6
    %10 = arith.cmpi slt, %9, %c128 : index
    cf.cond_br %10, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %11 = arith.addi %8, %9 overflow<nsw> : index
    %12 = arith.index_castui %11 : index to i64
    %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %1, %13 : f32, !llvm.ptr
    %14 = arith.addi %9, %c1 : index
    cf.br ^bb5(%14 : index)
  ^bb7:  // pred: ^bb5
    %15 = arith.addi %5, %c1 : index
    cf.br ^bb3(%15 : index) {loop_annotation = #loop_annotation}
  ^bb8:  // pred: ^bb3
    %16 = arith.addi %2, %c1 : index
    cf.br ^bb1(%16 : index) {loop_annotation = #loop_annotation}
  ^bb9:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @wrapped_broadcast_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%2: index):  // 2 preds: ^bb0, ^bb8
    %3 = arith.cmpi slt, %2, %c16 : index
    cf.cond_br %3, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    %4 = arith.muli %2, %c1024 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%5: index):  // 2 preds: ^bb2, ^bb7
    %6 = arith.cmpi slt, %5, %c8 : index
    cf.cond_br %6, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %7 = arith.muli %5, %c128 overflow<nsw> : index
    %8 = arith.addi %4, %7 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%9: index):  // 2 preds: ^bb4, ^bb6
    %10 = arith.cmpi slt, %9, %c128 : index
    cf.cond_br %10, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %11 = arith.addi %8, %9 overflow<nsw> : index
    %12 = arith.index_castui %11 : index to i64
    %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %1, %13 : f32, !llvm.ptr
    %14 = arith.addi %9, %c1 : index
    cf.br ^bb5(%14 : index)
  ^bb7:  // pred: ^bb5
    %15 = arith.addi %5, %c1 : index
    cf.br ^bb3(%15 : index) {loop_annotation = #loop_annotation}
  ^bb8:  // pred: ^bb3
    %16 = arith.addi %2, %c1 : index
    cf.br ^bb1(%16 : index) {loop_annotation = #loop_annotation}
  ^bb9:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLibmPass: convert-math-to-libm ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%2: index):  // 2 preds: ^bb0, ^bb8
    %3 = arith.cmpi slt, %2, %c16 : index
    cf.cond_br %3, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    %4 = arith.muli %2, %c1024 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%5: index):  // 2 preds: ^bb2, ^bb7
    %6 = arith.cmpi slt, %5, %c8 : index
    cf.cond_br %6, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %7 = arith.muli %5, %c128 overflow<nsw> : index
    %8 = arith.addi %4, %7 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%9: index):  // 2 preds: ^bb4, ^bb6
    %10 = arith.cmpi slt, %9, %c128 : index
    cf.cond_br %10, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %11 = arith.addi %8, %9 overflow<nsw> : index
    %12 = arith.index_castui %11 : index to i64
    %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %1, %13 : f32, !llvm.ptr
    %14 = arith.addi %9, %c1 : index
    cf.br ^bb5(%14 : index)
  ^bb7:  // pred: ^bb5
    %15 = arith.addi %5, %c1 : index
    cf.br ^bb3(%15 : index) {loop_annotation = #loop_annotation}
  ^bb8:  // pred: ^bb3
    %16 = arith.addi %2, %c1 : index
    cf.br ^bb1(%16 : index) {loop_annotation = #loop_annotation}
  ^bb9:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before LowerToLLVMCPUPass: xla-lower-to-llvm-cpu ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    call @wrapped_broadcast_wrapped(%4, %6, %11, %14, %17) : (!llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: index, %arg3: index, %arg4: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %1 = llvm.load %0 invariant : !llvm.ptr -> f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%2: index):  // 2 preds: ^bb0, ^bb8
    %3 = arith.cmpi slt, %2, %c16 : index
    cf.cond_br %3, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    %4 = arith.muli %2, %c1024 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%5: index):  // 2 preds: ^bb2, ^bb7
    %6 = arith.cmpi slt, %5, %c8 : index
    cf.cond_br %6, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %7 = arith.muli %5, %c128 overflow<nsw> : index
    %8 = arith.addi %4, %7 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%9: index):  // 2 preds: ^bb4, ^bb6
    %10 = arith.cmpi slt, %9, %c128 : index
    cf.cond_br %10, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %11 = arith.addi %8, %9 overflow<nsw> : index
    %12 = arith.index_castui %11 : index to i64
    %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %1, %13 : f32, !llvm.ptr
    %14 = arith.addi %9, %c1 : index
    cf.br ^bb5(%14 : index)
  ^bb7:  // pred: ^bb5
    %15 = arith.addi %5, %c1 : index
    cf.br ^bb3(%15 : index) {loop_annotation = #loop_annotation}
  ^bb8:  // pred: ^bb3
    %16 = arith.addi %2, %c1 : index
    cf.br ^bb1(%16 : index) {loop_annotation = #loop_annotation}
  ^bb9:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ReconcileUnrealizedCastsPass: reconcile-unrealized-casts ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = builtin.unrealized_conversion_cast %10 : i64 to index
    %12 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %13 = llvm.load %12 invariant : !llvm.ptr -> i64
    %14 = builtin.unrealized_conversion_cast %13 : i64 to index
    %15 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    llvm.call @wrapped_broadcast_wrapped(%4, %6, %10, %13, %16) : (!llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: i64, %arg3: i64, %arg4: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1024 : index) : i64
    %1 = llvm.mlir.constant(128 : index) : i64
    %2 = llvm.mlir.constant(8 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(0 : index) : i64
    %5 = llvm.mlir.constant(1 : index) : i64
    %6 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %7 = llvm.load %6 invariant : !llvm.ptr -> f32
    llvm.br ^bb1(%4 : i64)
  ^bb1(%8: i64):  // 2 preds: ^bb0, ^bb8
    %9 = llvm.icmp "slt" %8, %3 : i64
    llvm.cond_br %9, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    %10 = llvm.mul %8, %0 overflow<nsw> : i64
    llvm.br ^bb3(%4 : i64)
  ^bb3(%11: i64):  // 2 preds: ^bb2, ^bb7
    %12 = llvm.icmp "slt" %11, %2 : i64
    llvm.cond_br %12, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %13 = llvm.mul %11, %1 overflow<nsw> : i64
    %14 = llvm.add %10, %13 overflow<nsw> : i64
    llvm.br ^bb5(%4 : i64)
  ^bb5(%15: i64):  // 2 preds: ^bb4, ^bb6
    %16 = llvm.icmp "slt" %15, %1 : i64
    llvm.cond_br %16, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %17 = llvm.add %14, %15 overflow<nsw> : i64
    %18 = llvm.getelementptr inbounds %arg1[0, %17] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %7, %18 : f32, !llvm.ptr
    %19 = llvm.add %15, %5 : i64
    llvm.br ^bb5(%19 : i64)
  ^bb7:  // pred: ^bb5
    %20 = llvm.add %11, %5 : i64
    llvm.br ^bb3(%20 : i64) {loop_annotation = #loop_annotation}
  ^bb8:  // pred: ^bb3
    %21 = llvm.add %8, %5 : i64
    llvm.br ^bb1(%21 : i64) {loop_annotation = #loop_annotation}
  ^bb9:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    llvm.call @wrapped_broadcast_wrapped(%4, %6, %10, %12, %14) : (!llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: i64, %arg3: i64, %arg4: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1024 : index) : i64
    %1 = llvm.mlir.constant(128 : index) : i64
    %2 = llvm.mlir.constant(8 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(0 : index) : i64
    %5 = llvm.mlir.constant(1 : index) : i64
    %6 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %7 = llvm.load %6 invariant : !llvm.ptr -> f32
    llvm.br ^bb1(%4 : i64)
  ^bb1(%8: i64):  // 2 preds: ^bb0, ^bb8
    %9 = llvm.icmp "slt" %8, %3 : i64
    llvm.cond_br %9, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    %10 = llvm.mul %8, %0 overflow<nsw> : i64
    llvm.br ^bb3(%4 : i64)
  ^bb3(%11: i64):  // 2 preds: ^bb2, ^bb7
    %12 = llvm.icmp "slt" %11, %2 : i64
    llvm.cond_br %12, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %13 = llvm.mul %11, %1 overflow<nsw> : i64
    %14 = llvm.add %10, %13 overflow<nsw> : i64
    llvm.br ^bb5(%4 : i64)
  ^bb5(%15: i64):  // 2 preds: ^bb4, ^bb6
    %16 = llvm.icmp "slt" %15, %1 : i64
    llvm.cond_br %16, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %17 = llvm.add %14, %15 overflow<nsw> : i64
    %18 = llvm.getelementptr inbounds %arg1[0, %17] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %7, %18 : f32, !llvm.ptr
    %19 = llvm.add %15, %5 : i64
    llvm.br ^bb5(%19 : i64)
  ^bb7:  // pred: ^bb5
    %20 = llvm.add %11, %5 : i64
    llvm.br ^bb3(%20 : i64) {loop_annotation = #loop_annotation}
  ^bb8:  // pred: ^bb3
    %21 = llvm.add %8, %5 : i64
    llvm.br ^bb1(%21 : i64) {loop_annotation = #loop_annotation}
  ^bb9:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @wrapped_broadcast_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @wrapped_broadcast_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @wrapped_broadcast(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 4> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 65536> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %8 = llvm.load %7 : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> i64
    %11 = llvm.getelementptr inbounds %8[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = llvm.getelementptr inbounds %8[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    llvm.call @wrapped_broadcast_wrapped(%4, %6, %10, %12, %14) : (!llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @wrapped_broadcast_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 4 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 65536 : index, llvm.noalias}, %arg2: i64, %arg3: i64, %arg4: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1024 : index) : i64
    %1 = llvm.mlir.constant(128 : index) : i64
    %2 = llvm.mlir.constant(8 : index) : i64
    %3 = llvm.mlir.constant(16 : index) : i64
    %4 = llvm.mlir.constant(0 : index) : i64
    %5 = llvm.mlir.constant(1 : index) : i64
    %6 = llvm.getelementptr inbounds %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x f32>
    %7 = llvm.load %6 invariant : !llvm.ptr -> f32
    llvm.br ^bb1(%4 : i64)
  ^bb1(%8: i64):  // 2 preds: ^bb0, ^bb8
    %9 = llvm.icmp "slt" %8, %3 : i64
    llvm.cond_br %9, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    %10 = llvm.mul %8, %0 overflow<nsw> : i64
    llvm.br ^bb3(%4 : i64)
  ^bb3(%11: i64):  // 2 preds: ^bb2, ^bb7
    %12 = llvm.icmp "slt" %11, %2 : i64
    llvm.cond_br %12, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %13 = llvm.mul %11, %1 overflow<nsw> : i64
    %14 = llvm.add %10, %13 overflow<nsw> : i64
    llvm.br ^bb5(%4 : i64)
  ^bb5(%15: i64):  // 2 preds: ^bb4, ^bb6
    %16 = llvm.icmp "slt" %15, %1 : i64
    llvm.cond_br %16, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %17 = llvm.add %14, %15 overflow<nsw> : i64
    %18 = llvm.getelementptr inbounds %arg1[0, %17] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<16384 x f32>
    llvm.store %7, %18 : f32, !llvm.ptr
    %19 = llvm.add %15, %5 : i64
    llvm.br ^bb5(%19 : i64)
  ^bb7:  // pred: ^bb5
    %20 = llvm.add %11, %5 : i64
    llvm.br ^bb3(%20 : i64) {loop_annotation = #loop_annotation}
  ^bb8:  // pred: ^bb3
    %21 = llvm.add %8, %5 : i64
    llvm.br ^bb1(%21 : i64) {loop_annotation = #loop_annotation}
  ^bb9:  // pred: ^bb1
    llvm.return
  }
}


