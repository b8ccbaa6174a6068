; ModuleID = '<string>'
source_filename = "__compute_module_select_select_fusion_kernel_module"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define noalias noundef ptr @select_select_fusion(ptr nofree readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !3
  %4 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %5 = load ptr, ptr %4, align 8, !invariant.load !3, !dereferenceable !4
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %7 = load ptr, ptr %6, align 8
  %8 = load i64, ptr %7, align 4, !invariant.load !3
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !8)
  %9 = icmp ult i64 %8, 2
  br i1 %9, label %.preheader2, label %select_select_fusion_wrapped.exit

.preheader2:                                      ; preds = %1
  %10 = load ptr, ptr %3, align 8, !invariant.load !3, !dereferenceable !10
  %.idx = shl nuw nsw i64 %8, 17
  %11 = getelementptr i8, ptr %10, i64 %.idx
  br label %.preheader

.preheader:                                       ; preds = %middle.block, %.preheader2
  %12 = phi i64 [ 0, %.preheader2 ], [ %90, %middle.block ]
  %.idx1 = shl i64 %12, 12
  %13 = getelementptr i8, ptr %11, i64 %.idx1
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %.preheader
  %index = phi i64 [ 0, %.preheader ], [ %index.next, %vector.body ]
  %14 = getelementptr [4 x i8], ptr %13, i64 %index
  %wide.load = load <8 x float>, ptr %14, align 4, !alias.scope !5, !noalias !8
  %15 = getelementptr inbounds nuw [4 x i8], ptr %5, i64 %index
  %wide.load5 = load <8 x float>, ptr %15, align 4, !invariant.load !3, !alias.scope !8, !noalias !5
  %16 = fadd <8 x float> %wide.load, %wide.load5
  %17 = fmul <8 x float> %16, splat (float 0xBFE6A09E60000000)
  %18 = fmul <8 x float> %17, %17
  %19 = fdiv <8 x float> splat (float 1.000000e+00), %18
  %20 = fmul <8 x float> %19, splat (float 0x3F97D39E80000000)
  %21 = fadd <8 x float> %20, splat (float 0xBFC1C10D00000000)
  %22 = fmul <8 x float> %19, %21
  %23 = fmul <8 x float> %19, splat (float 0x4024F49060000000)
  %24 = fadd <8 x float> %22, splat (float 0x3FD7997A00000000)
  %25 = fsub <8 x float> splat (float 0x4029F45380000000), %23
  %26 = fmul <8 x float> %19, %24
  %27 = fmul <8 x float> %19, %25
  %28 = fadd <8 x float> %26, splat (float 0xBFE2A39F00000000)
  %29 = fadd <8 x float> %27, splat (float 0xC01DFB6940000000)
  %30 = fmul <8 x float> %18, splat (float 0x3F1496A320000000)
  %31 = fmul <8 x float> %19, %28
  %32 = fmul <8 x float> %19, %29
  %33 = fadd <8 x float> %30, splat (float 0xBF4A3F7000000000)
  %34 = fadd <8 x float> %31, splat (float 0x3FE3DF3C60000000)
  %35 = fadd <8 x float> %32, splat (float 0x40075E3F40000000)
  %36 = fmul <8 x float> %18, %33
  %37 = fmul <8 x float> %19, %34
  %38 = fmul <8 x float> %19, %35
  %39 = fadd <8 x float> %36, splat (float 0x3F75405B20000000)
  %40 = fadd <8 x float> %37, splat (float 0xBFDFA51800000000)
  %41 = fadd <8 x float> %38, splat (float 0xBFF03E86C0000000)
  %42 = fmul <8 x float> %18, %39
  %43 = fmul <8 x float> %19, %40
  %44 = fmul <8 x float> %19, %41
  %45 = fadd <8 x float> %42, splat (float 0xBF9B7F90E0000000)
  %46 = fadd <8 x float> %43, splat (float 0x3FD5CA8E20000000)
  %47 = fadd <8 x float> %44, splat (float 0x3FDAFF87C0000000)
  %48 = fmul <8 x float> %18, %45
  %49 = fmul <8 x float> %19, %46
  %50 = fmul <8 x float> %19, %47
  %51 = fadd <8 x float> %48, splat (float 0x3FBCE2CF80000000)
  %52 = fadd <8 x float> %49, splat (float 0xBFD18B1000000000)
  %53 = fadd <8 x float> %50, splat (float 0xBFD20D8BA0000000)
  %54 = fmul <8 x float> %18, %51
  %55 = fmul <8 x float> %19, %52
  %56 = fmul <8 x float> %19, %53
  %57 = fadd <8 x float> %54, splat (float 0xBFD81273E0000000)
  %58 = fneg <8 x float> %18
  %.inv = fcmp olt <8 x float> %58, splat (float 0xC055F33340000000)
  %59 = select <8 x i1> %.inv, <8 x float> splat (float 0xC055F33340000000), <8 x float> %58
  %.inv2 = fcmp ogt <8 x float> %59, splat (float 0x4056333340000000)
  %60 = select <8 x i1> %.inv2, <8 x float> splat (float 0x4056333340000000), <8 x float> %59
  %exp_f32.i = fmul <8 x float> %60, splat (float 0x3FF7154760000000)
  %exp_f321.i = fadd <8 x float> %exp_f32.i, splat (float 5.000000e-01)
  %61 = tail call <8 x float> @llvm.floor.v8f32(<8 x float> %exp_f321.i)
  %.inv3 = fcmp olt <8 x float> %61, splat (float -1.270000e+02)
  %62 = select <8 x i1> %.inv3, <8 x float> splat (float -1.270000e+02), <8 x float> %61
  %.inv4 = fcmp ogt <8 x float> %62, splat (float 1.270000e+02)
  %63 = select <8 x i1> %.inv4, <8 x float> splat (float 1.270000e+02), <8 x float> %62
  %exp_f322.i = fmul <8 x float> %63, splat (float 0x3FE6300000000000)
  %64 = fsub <8 x float> %60, %exp_f322.i
  %exp_f323.i = fmul <8 x float> %63, splat (float 0x3F2BD01060000000)
  %65 = fadd <8 x float> %64, %exp_f323.i
  %exp_f324.i = fmul <8 x float> %65, splat (float 0x3F2A0D2CE0000000)
  %exp_f325.i = fadd <8 x float> %exp_f324.i, splat (float 0x3F56E879C0000000)
  %exp_f326.i = fmul <8 x float> %65, %exp_f325.i
  %exp_f327.i = fadd <8 x float> %exp_f326.i, splat (float 0x3F81112100000000)
  %exp_f328.i = fmul <8 x float> %65, %exp_f327.i
  %exp_f329.i = fadd <8 x float> %exp_f328.i, splat (float 0x3FA5553820000000)
  %exp_f3210.i = fmul <8 x float> %65, %exp_f329.i
  %exp_f3211.i = fadd <8 x float> %exp_f3210.i, splat (float 0x3FC5555540000000)
  %exp_f3212.i = fmul <8 x float> %65, %exp_f3211.i
  %exp_f3213.i = fadd <8 x float> %exp_f3212.i, splat (float 5.000000e-01)
  %exp_f3214.i = fmul <8 x float> %65, %65
  %exp_f3215.i = fmul <8 x float> %exp_f3214.i, %exp_f3213.i
  %exp_f3216.i = fadd <8 x float> %65, %exp_f3215.i
  %exp_f3217.i = fadd <8 x float> %exp_f3216.i, splat (float 1.000000e+00)
  %66 = fptosi <8 x float> %63 to <8 x i32>
  %67 = shl <8 x i32> %66, splat (i32 23)
  %68 = add <8 x i32> %67, splat (i32 1065353216)
  %69 = bitcast <8 x i32> %68 to <8 x float>
  %exp_f3218.i = fmul <8 x float> %exp_f3217.i, %69
  %70 = tail call <8 x float> @llvm.fabs.v8f32(<8 x float> %17)
  %71 = fdiv <8 x float> splat (float 1.000000e+00), %70
  %72 = fcmp olt <8 x float> %70, splat (float 2.000000e+00)
  %73 = fadd <8 x float> %55, splat (float 0x3FE20ADCC0000000)
  %74 = fadd <8 x float> %56, splat (float 0x3FE20DD720000000)
  %75 = fmul <8 x float> %18, %57
  %76 = fmul <8 x float> %71, %exp_f3218.i
  %77 = select <8 x i1> %72, <8 x float> %73, <8 x float> %74
  %78 = fadd <8 x float> %75, splat (float 0x3FF20DD740000000)
  %79 = fcmp ogt <8 x float> %18, splat (float 0x40562E4300000000)
  %80 = fmul <8 x float> %77, %76
  %81 = fmul <8 x float> %17, %78
  %82 = fcmp olt <8 x float> %17, zeroinitializer
  %83 = select <8 x i1> %79, <8 x float> zeroinitializer, <8 x float> %80
  %84 = fsub <8 x float> splat (float 2.000000e+00), %83
  %85 = fcmp olt <8 x float> %70, splat (float 1.000000e+00)
  %86 = fsub <8 x float> splat (float 1.000000e+00), %81
  %87 = select <8 x i1> %82, <8 x float> %84, <8 x float> %83
  %88 = select <8 x i1> %85, <8 x float> %86, <8 x float> %87
  store <8 x float> %88, ptr %14, align 4, !alias.scope !5, !noalias !8
  %index.next = add nuw nsw i64 %index, 8
  %89 = icmp eq i64 %index.next, 1024
  br i1 %89, label %middle.block, label %vector.body, !llvm.loop !11

middle.block:                                     ; preds = %vector.body
  %90 = add nuw nsw i64 %12, 1
  %exitcond3.not = icmp eq i64 %90, 32
  br i1 %exitcond3.not, label %select_select_fusion_wrapped.exit, label %.preheader, !llvm.loop !14

select_select_fusion_wrapped.exit:                ; preds = %middle.block, %1
  ret ptr null
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fabs.v8f32(<8 x float>) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable "frame-pointer"="all" "prefer-vector-width"="256" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1}
!xla_cpu_memory_region_name = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 1, !"xla_dylib_index", i64 3}
!2 = !{!"xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"}
!3 = !{}
!4 = !{i64 4096}
!5 = !{!6}
!6 = distinct !{!6, !7, !"select_select_fusion_wrapped: argument 0"}
!7 = distinct !{!7, !"select_select_fusion_wrapped"}
!8 = !{!9}
!9 = distinct !{!9, !7, !"select_select_fusion_wrapped: argument 1"}
!10 = !{i64 262144}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = !{!"llvm.loop.unroll.runtime.disable"}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.unroll.disable"}
