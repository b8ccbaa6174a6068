; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nounwind
define ptx_kernel void @loop_multiply_fusion(ptr noalias nofree readonly align 16 captures(none) dereferenceable(4096) %0, ptr nofree readonly align 256 captures(none) dereferenceable(1048576) %1, ptr noalias nofree writeonly align 256 captures(none) dereferenceable(262144) %2) local_unnamed_addr #0 {
  %4 = addrspacecast ptr %1 to ptr addrspace(1)
  %5 = addrspacecast ptr %0 to ptr addrspace(1)
  %6 = addrspacecast ptr %2 to ptr addrspace(1)
  tail call void @llvm.nvvm.griddepcontrol.wait()
  %7 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !range !2
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !range !3
  %9 = shl nuw nsw i32 %7, 7
  %10 = and i32 %9, 896
  %11 = or disjoint i32 %10, %8
  %12 = or disjoint i32 %9, %8
  %13 = zext nneg i32 %12 to i64
  %14 = getelementptr inbounds [4 x i8], ptr addrspace(1) %4, i64 %13
  %15 = load float, ptr addrspace(1) %14, align 4
  %16 = fadd float %15, 0.000000e+00
  %17 = getelementptr inbounds i8, ptr addrspace(1) %14, i64 262144
  %18 = load float, ptr addrspace(1) %17, align 4
  %19 = fadd float %16, %18
  %20 = getelementptr inbounds i8, ptr addrspace(1) %14, i64 524288
  %21 = load float, ptr addrspace(1) %20, align 4
  %22 = fadd float %19, %21
  %23 = getelementptr inbounds i8, ptr addrspace(1) %14, i64 786432
  %24 = load float, ptr addrspace(1) %23, align 4
  %25 = fadd float %22, %24
  %26 = zext nneg i32 %11 to i64
  %27 = getelementptr inbounds [4 x i8], ptr addrspace(1) %5, i64 %26
  %28 = load float, ptr addrspace(1) %27, align 4, !invariant.load !0
  %29 = fadd float %25, %28
  %30 = fmul float %29, f0xBF3504F3
  %31 = fmul float %30, %30
  %32 = fdiv float 1.000000e+00, %31
  %33 = fmul float %32, 2.326820e-02
  %34 = fadd float %33, f0xBE0E0868
  %35 = fmul float %32, %34
  %36 = fmul float %32, f0x4127A483
  %37 = fadd float %35, f0x3EBCCBD0
  %38 = fsub float 1.297720e+01, %36
  %39 = fmul float %32, %37
  %40 = fmul float %32, %38
  %41 = fadd float %39, f0xBF151CF8
  %42 = fadd float %40, f0xC0EFDB4A
  %43 = fmul float %31, f0x38A4B519
  %44 = fmul float %32, %41
  %45 = fmul float %32, %42
  %46 = fadd float %43, f0xBA51FB80
  %47 = fadd float %44, f0x3F1EF9E3
  %48 = fadd float %45, f0x403AF1FA
  %49 = fmul float %31, %46
  %50 = fmul float %32, %47
  %51 = fmul float %32, %48
  %52 = fadd float %49, f0x3BAA02D9
  %53 = fadd float %50, f0xBEFD28C0
  %54 = fadd float %51, f0xBF81F436
  %55 = fmul float %31, %52
  %56 = fmul float %32, %53
  %57 = fmul float %32, %54
  %58 = fadd float %55, f0xBCDBFC87
  %59 = fadd float %56, 3.404880e-01
  %60 = fadd float %57, f0x3ED7FC3E
  %61 = fmul float %31, %58
  %62 = fmul float %32, %59
  %63 = fmul float %32, %60
  %64 = fadd float %61, f0x3DE7167C
  %65 = fadd float %62, f0xBE8C5880
  %66 = fadd float %63, f0xBE906C5D
  %67 = fmul float %31, %64
  %68 = fmul float %32, %65
  %69 = fmul float %32, %66
  %70 = fadd float %67, f0xBEC0939F
  %71 = fneg float %31
  %72 = tail call float @llvm.fma.f32(float %71, float 5.724980e-03, float 5.000000e-01)
  %73 = tail call float @llvm.nvvm.saturate.f(float %72) #1
  %74 = tail call float @llvm.nvvm.fma.rm.f(float %73, float 2.520000e+02, float f0x4B400001) #1
  %75 = fadd float %74, f0xCB40007F
  %76 = fneg float %75
  %77 = tail call float @llvm.fma.f32(float %71, float f0x3FB8AA3B, float %76)
  %78 = tail call float @llvm.fma.f32(float %71, float f0x32A57060, float %77)
  %79 = bitcast float %74 to i32
  %80 = shl i32 %79, 23
  %81 = bitcast i32 %80 to float
  %82 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %78)
  %83 = fmul float %82, %81
  %84 = tail call float @llvm.nvvm.fabs.f32(float %30)
  %85 = fdiv float 1.000000e+00, %84
  %86 = fcmp olt float %84, 2.000000e+00
  %87 = fadd float %68, f0x3F1056E6
  %88 = fadd float %69, f0x3F106EB9
  %89 = fmul float %31, %70
  %90 = fmul float %85, %83
  %91 = select i1 %86, float %87, float %88
  %92 = fadd float %89, f0x3F906EBA
  %93 = fcmp ogt float %31, f0x42B17218
  %94 = fmul float %90, %91
  %95 = fmul float %30, %92
  %96 = fcmp olt float %30, 0.000000e+00
  %97 = select i1 %93, float 0.000000e+00, float %94
  %98 = fsub float 2.000000e+00, %97
  %99 = fcmp olt float %84, 1.000000e+00
  %100 = fsub float 1.000000e+00, %95
  %101 = select i1 %96, float %98, float %97
  %102 = fmul float %29, 5.000000e-01
  %103 = select i1 %99, float %100, float %101
  %104 = fmul float %102, %103
  %105 = getelementptr inbounds [4 x i8], ptr addrspace(1) %6, i64 %13
  store float %104, ptr addrspace(1) %105, align 4
  ret void
}

; Function Attrs: nounwind
declare void @llvm.nvvm.griddepcontrol.wait() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fabs.f32(float) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.f(float) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.f(float, float, float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #5

attributes #0 = { nounwind "nvvm.reqntid"="128,1,1" }
attributes #1 = { nounwind }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!1, !31}
!llvm.ident = !{!4}
!nvvmir.version = !{!5}

!0 = !{}
!1 = !{i32 2, !"Debug Info Version", i32 3}
!2 = !{i32 0, i32 512}
!3 = !{i32 0, i32 128}
!4 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!5 = !{i32 2, i32 0}
!31 = !{i32 4, !"nvvm-reflect-ftz", i32 0}
