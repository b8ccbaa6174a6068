	.file	"__compute_module_add_tanh_fusion_kernel_module"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0x7fffffff
.LCPI0_1:
	.long	0x39d1b717
.LCPI0_2:
	.long	0xc0fff644
.LCPI0_3:
	.long	0x40fff644
.LCPI0_4:
	.long	0x259f25c0
.LCPI0_5:
	.long	0x2a61337e
.LCPI0_6:
	.long	0xaebd37ff
.LCPI0_7:
	.long	0x335c0041
.LCPI0_8:
	.long	0x3779434a
.LCPI0_9:
	.long	0x3a270ded
.LCPI0_10:
	.long	0x3ba059dc
.LCPI0_11:
	.long	0x35a0d3d8
.LCPI0_12:
	.long	0x38f895d6
.LCPI0_13:
	.long	0x3b14aa05
.LCPI0_14:
	.long	0x3ba059dd
.LCPI0_15:
	.long	0x41a00000
.LCPI0_16:
	.long	0x80000000
.LCPI0_17:
	.long	0x3f800000
	.section	.ltext,"axl",@progbits
	.globl	add_tanh_fusion
	.p2align	4
	.type	add_tanh_fusion,@function
add_tanh_fusion:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	24(%rdi), %rdx
	movabsq	$.LCPI0_9, %rdi
	movabsq	$.LCPI0_1, %rax
	movabsq	$.LCPI0_8, %rcx
	movabsq	$.LCPI0_15, %r9
	movabsq	$.LCPI0_0, %r8
	vbroadcastss	(%rdi), %ymm8
	movabsq	$.LCPI0_10, %rdi
	vbroadcastss	(%rax), %ymm0
	movabsq	$.LCPI0_2, %rax
	vbroadcastss	(%rcx), %ymm7
	vbroadcastss	(%r9), %ymm14
	vbroadcastss	(%r8), %ymm15
	movabsq	$.LCPI0_16, %r9
	movabsq	$.LCPI0_17, %r8
	vbroadcastss	(%rdi), %ymm9
	vbroadcastss	(%rax), %ymm1
	movabsq	$.LCPI0_3, %rax
	vbroadcastss	(%r9), %ymm16
	vbroadcastss	(%r8), %ymm17
	vbroadcastss	(%rax), %ymm2
	movabsq	$.LCPI0_4, %rax
	vbroadcastss	(%rax), %ymm3
	movabsq	$.LCPI0_5, %rax
	movq	32(%rdx), %rsi
	vbroadcastss	(%rax), %ymm4
	movabsq	$.LCPI0_6, %rax
	movq	16(%rdx), %rcx
	vbroadcastss	(%rax), %ymm5
	movabsq	$.LCPI0_7, %rax
	vbroadcastss	(%rax), %ymm6
	movq	(%rdx), %rax
	movq	48(%rdx), %rdx
	movl	(%rsi), %esi
	movl	%esi, %edi
	sarl	$31, %edi
	andnl	%esi, %edi, %esi
	movabsq	$.LCPI0_11, %rdi
	vbroadcastss	(%rdi), %ymm10
	movabsq	$.LCPI0_12, %rdi
	cmpq	$15, %rsi
	vbroadcastss	(%rdi), %ymm11
	movl	$15, %edi
	cmovbq	%rsi, %rdi
	movabsq	$.LCPI0_13, %rsi
	vbroadcastss	(%rsi), %ymm12
	movabsq	$.LCPI0_14, %rsi
	shll	$12, %edi
	vbroadcastss	(%rsi), %ymm13
	leaq	480(%rdi,%rcx), %rcx
	xorl	%esi, %esi
	.p2align	4
.LBB0_1:
	vmovups	(%rax,%rsi), %ymm20
	vmovups	32(%rax,%rsi), %ymm21
	vmovups	64(%rax,%rsi), %ymm18
	vmovups	96(%rax,%rsi), %ymm19
	vaddps	-480(%rcx,%rsi), %ymm20, %ymm20
	vaddps	-448(%rcx,%rsi), %ymm21, %ymm21
	vmaxps	%ymm20, %ymm1, %ymm23
	vandps	%ymm15, %ymm20, %ymm22
	vcmpltps	%ymm0, %ymm22, %k1
	vminps	%ymm23, %ymm2, %ymm23
	vmulps	%ymm23, %ymm23, %ymm24
	vmulps	%ymm3, %ymm24, %ymm25
	vsubps	%ymm25, %ymm4, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm5, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm6, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm7, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm8, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm9, %ymm25, %ymm25
	vmulps	%ymm25, %ymm23, %ymm23
	vmulps	%ymm10, %ymm24, %ymm25
	vaddps	%ymm11, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm12, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm24
	vaddps	%ymm13, %ymm24, %ymm24
	vdivps	%ymm24, %ymm23, %ymm23
	vmovaps	%ymm20, %ymm23 {%k1}
	vcmpleps	%ymm22, %ymm14, %k1
	vmaxps	%ymm21, %ymm1, %ymm22
	vandps	%ymm16, %ymm20, %ymm20
	vminps	%ymm22, %ymm2, %ymm22
	vorps	%ymm17, %ymm20, %ymm23 {%k1}
	vandps	%ymm15, %ymm21, %ymm20
	vcmpltps	%ymm0, %ymm20, %k1
	vmovups	%ymm23, (%rdx,%rsi)
	vmulps	%ymm22, %ymm22, %ymm24
	vmulps	%ymm3, %ymm24, %ymm25
	vsubps	%ymm25, %ymm4, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm5, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm6, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm7, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm8, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm9, %ymm25, %ymm25
	vmulps	%ymm25, %ymm22, %ymm22
	vmulps	%ymm10, %ymm24, %ymm25
	vaddps	%ymm11, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm12, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm24
	vaddps	%ymm13, %ymm24, %ymm24
	vdivps	%ymm24, %ymm22, %ymm22
	vmovaps	%ymm21, %ymm22 {%k1}
	vcmpleps	%ymm20, %ymm14, %k1
	vandps	%ymm16, %ymm21, %ymm20
	vorps	%ymm17, %ymm20, %ymm22 {%k1}
	vmovups	%ymm22, 32(%rdx,%rsi)
	vaddps	-416(%rcx,%rsi), %ymm18, %ymm18
	vaddps	-384(%rcx,%rsi), %ymm19, %ymm19
	vmaxps	%ymm18, %ymm1, %ymm21
	vandps	%ymm15, %ymm18, %ymm20
	vcmpltps	%ymm0, %ymm20, %k1
	vminps	%ymm21, %ymm2, %ymm21
	vmulps	%ymm21, %ymm21, %ymm22
	vmulps	%ymm3, %ymm22, %ymm23
	vsubps	%ymm23, %ymm4, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm5, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm6, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm7, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm8, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm9, %ymm23, %ymm23
	vmulps	%ymm23, %ymm21, %ymm21
	vmulps	%ymm10, %ymm22, %ymm23
	vaddps	%ymm11, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm12, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm22
	vaddps	%ymm13, %ymm22, %ymm22
	vdivps	%ymm22, %ymm21, %ymm21
	vmovaps	%ymm18, %ymm21 {%k1}
	vcmpleps	%ymm20, %ymm14, %k1
	vmaxps	%ymm19, %ymm1, %ymm20
	vandps	%ymm16, %ymm18, %ymm18
	vminps	%ymm20, %ymm2, %ymm20
	vorps	%ymm17, %ymm18, %ymm21 {%k1}
	vandps	%ymm15, %ymm19, %ymm18
	vcmpltps	%ymm0, %ymm18, %k1
	vmovups	%ymm21, 64(%rdx,%rsi)
	vmulps	%ymm20, %ymm20, %ymm22
	vmulps	%ymm3, %ymm22, %ymm23
	vsubps	%ymm23, %ymm4, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm5, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm6, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm7, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm8, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm9, %ymm23, %ymm23
	vmulps	%ymm23, %ymm20, %ymm20
	vmulps	%ymm10, %ymm22, %ymm23
	vaddps	%ymm11, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm12, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm22
	vaddps	%ymm13, %ymm22, %ymm22
	vdivps	%ymm22, %ymm20, %ymm20
	vmovaps	%ymm19, %ymm20 {%k1}
	vcmpleps	%ymm18, %ymm14, %k1
	vandps	%ymm16, %ymm19, %ymm18
	vorps	%ymm17, %ymm18, %ymm20 {%k1}
	vmovups	%ymm20, 96(%rdx,%rsi)
	vmovups	128(%rax,%rsi), %ymm18
	vmovups	160(%rax,%rsi), %ymm19
	vaddps	-352(%rcx,%rsi), %ymm18, %ymm18
	vaddps	-320(%rcx,%rsi), %ymm19, %ymm19
	vmaxps	%ymm18, %ymm1, %ymm21
	vandps	%ymm15, %ymm18, %ymm20
	vcmpltps	%ymm0, %ymm20, %k1
	vminps	%ymm21, %ymm2, %ymm21
	vmulps	%ymm21, %ymm21, %ymm22
	vmulps	%ymm3, %ymm22, %ymm23
	vsubps	%ymm23, %ymm4, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm5, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm6, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm7, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm8, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm9, %ymm23, %ymm23
	vmulps	%ymm23, %ymm21, %ymm21
	vmulps	%ymm10, %ymm22, %ymm23
	vaddps	%ymm11, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm12, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm22
	vaddps	%ymm13, %ymm22, %ymm22
	vdivps	%ymm22, %ymm21, %ymm21
	vmovaps	%ymm18, %ymm21 {%k1}
	vcmpleps	%ymm20, %ymm14, %k1
	vmaxps	%ymm19, %ymm1, %ymm20
	vandps	%ymm16, %ymm18, %ymm18
	vminps	%ymm20, %ymm2, %ymm20
	vorps	%ymm17, %ymm18, %ymm21 {%k1}
	vandps	%ymm15, %ymm19, %ymm18
	vcmpltps	%ymm0, %ymm18, %k1
	vmovups	%ymm21, 128(%rdx,%rsi)
	vmulps	%ymm20, %ymm20, %ymm22
	vmulps	%ymm3, %ymm22, %ymm23
	vsubps	%ymm23, %ymm4, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm5, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm6, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm7, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm8, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm9, %ymm23, %ymm23
	vmulps	%ymm23, %ymm20, %ymm20
	vmulps	%ymm10, %ymm22, %ymm23
	vaddps	%ymm11, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm12, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm22
	vaddps	%ymm13, %ymm22, %ymm22
	vdivps	%ymm22, %ymm20, %ymm20
	vmovaps	%ymm19, %ymm20 {%k1}
	vcmpleps	%ymm18, %ymm14, %k1
	vandps	%ymm16, %ymm19, %ymm18
	vorps	%ymm17, %ymm18, %ymm20 {%k1}
	vmovups	%ymm20, 160(%rdx,%rsi)
	vmovups	192(%rax,%rsi), %ymm20
	vmovups	224(%rax,%rsi), %ymm21
	vmovups	256(%rax,%rsi), %ymm18
	vmovups	288(%rax,%rsi), %ymm19
	vaddps	-288(%rcx,%rsi), %ymm20, %ymm20
	vaddps	-256(%rcx,%rsi), %ymm21, %ymm21
	vmaxps	%ymm20, %ymm1, %ymm23
	vandps	%ymm15, %ymm20, %ymm22
	vcmpltps	%ymm0, %ymm22, %k1
	vminps	%ymm23, %ymm2, %ymm23
	vmulps	%ymm23, %ymm23, %ymm24
	vmulps	%ymm3, %ymm24, %ymm25
	vsubps	%ymm25, %ymm4, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm5, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm6, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm7, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm8, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm9, %ymm25, %ymm25
	vmulps	%ymm25, %ymm23, %ymm23
	vmulps	%ymm10, %ymm24, %ymm25
	vaddps	%ymm11, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm12, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm24
	vaddps	%ymm13, %ymm24, %ymm24
	vdivps	%ymm24, %ymm23, %ymm23
	vmovaps	%ymm20, %ymm23 {%k1}
	vcmpleps	%ymm22, %ymm14, %k1
	vmaxps	%ymm21, %ymm1, %ymm22
	vandps	%ymm16, %ymm20, %ymm20
	vminps	%ymm22, %ymm2, %ymm22
	vorps	%ymm17, %ymm20, %ymm23 {%k1}
	vandps	%ymm15, %ymm21, %ymm20
	vcmpltps	%ymm0, %ymm20, %k1
	vmovups	%ymm23, 192(%rdx,%rsi)
	vmulps	%ymm22, %ymm22, %ymm24
	vmulps	%ymm3, %ymm24, %ymm25
	vsubps	%ymm25, %ymm4, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm5, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm6, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm7, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm8, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm9, %ymm25, %ymm25
	vmulps	%ymm25, %ymm22, %ymm22
	vmulps	%ymm10, %ymm24, %ymm25
	vaddps	%ymm11, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm12, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm24
	vaddps	%ymm13, %ymm24, %ymm24
	vdivps	%ymm24, %ymm22, %ymm22
	vmovaps	%ymm21, %ymm22 {%k1}
	vcmpleps	%ymm20, %ymm14, %k1
	vandps	%ymm16, %ymm21, %ymm20
	vorps	%ymm17, %ymm20, %ymm22 {%k1}
	vmovups	%ymm22, 224(%rdx,%rsi)
	vaddps	-224(%rcx,%rsi), %ymm18, %ymm18
	vaddps	-192(%rcx,%rsi), %ymm19, %ymm19
	vmaxps	%ymm18, %ymm1, %ymm21
	vandps	%ymm15, %ymm18, %ymm20
	vcmpltps	%ymm0, %ymm20, %k1
	vminps	%ymm21, %ymm2, %ymm21
	vmulps	%ymm21, %ymm21, %ymm22
	vmulps	%ymm3, %ymm22, %ymm23
	vsubps	%ymm23, %ymm4, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm5, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm6, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm7, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm8, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm9, %ymm23, %ymm23
	vmulps	%ymm23, %ymm21, %ymm21
	vmulps	%ymm10, %ymm22, %ymm23
	vaddps	%ymm11, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm12, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm22
	vaddps	%ymm13, %ymm22, %ymm22
	vdivps	%ymm22, %ymm21, %ymm21
	vmovaps	%ymm18, %ymm21 {%k1}
	vcmpleps	%ymm20, %ymm14, %k1
	vmaxps	%ymm19, %ymm1, %ymm20
	vandps	%ymm16, %ymm18, %ymm18
	vminps	%ymm20, %ymm2, %ymm20
	vorps	%ymm17, %ymm18, %ymm21 {%k1}
	vandps	%ymm15, %ymm19, %ymm18
	vcmpltps	%ymm0, %ymm18, %k1
	vmovups	%ymm21, 256(%rdx,%rsi)
	vmulps	%ymm20, %ymm20, %ymm22
	vmulps	%ymm3, %ymm22, %ymm23
	vsubps	%ymm23, %ymm4, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm5, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm6, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm7, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm8, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm9, %ymm23, %ymm23
	vmulps	%ymm23, %ymm20, %ymm20
	vmulps	%ymm10, %ymm22, %ymm23
	vaddps	%ymm11, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm12, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm22
	vaddps	%ymm13, %ymm22, %ymm22
	vdivps	%ymm22, %ymm20, %ymm20
	vmovaps	%ymm19, %ymm20 {%k1}
	vcmpleps	%ymm18, %ymm14, %k1
	vandps	%ymm16, %ymm19, %ymm18
	vorps	%ymm17, %ymm18, %ymm20 {%k1}
	vmovups	%ymm20, 288(%rdx,%rsi)
	vmovups	320(%rax,%rsi), %ymm18
	vmovups	352(%rax,%rsi), %ymm19
	vaddps	-160(%rcx,%rsi), %ymm18, %ymm18
	vaddps	-128(%rcx,%rsi), %ymm19, %ymm19
	vmaxps	%ymm18, %ymm1, %ymm21
	vandps	%ymm15, %ymm18, %ymm20
	vcmpltps	%ymm0, %ymm20, %k1
	vminps	%ymm21, %ymm2, %ymm21
	vmulps	%ymm21, %ymm21, %ymm22
	vmulps	%ymm3, %ymm22, %ymm23
	vsubps	%ymm23, %ymm4, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm5, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm6, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm7, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm8, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm9, %ymm23, %ymm23
	vmulps	%ymm23, %ymm21, %ymm21
	vmulps	%ymm10, %ymm22, %ymm23
	vaddps	%ymm11, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm12, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm22
	vaddps	%ymm13, %ymm22, %ymm22
	vdivps	%ymm22, %ymm21, %ymm21
	vmovaps	%ymm18, %ymm21 {%k1}
	vcmpleps	%ymm20, %ymm14, %k1
	vmaxps	%ymm19, %ymm1, %ymm20
	vandps	%ymm16, %ymm18, %ymm18
	vminps	%ymm20, %ymm2, %ymm20
	vorps	%ymm17, %ymm18, %ymm21 {%k1}
	vandps	%ymm15, %ymm19, %ymm18
	vcmpltps	%ymm0, %ymm18, %k1
	vmovups	%ymm21, 320(%rdx,%rsi)
	vmulps	%ymm20, %ymm20, %ymm22
	vmulps	%ymm3, %ymm22, %ymm23
	vsubps	%ymm23, %ymm4, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm5, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm6, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm7, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm8, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm9, %ymm23, %ymm23
	vmulps	%ymm23, %ymm20, %ymm20
	vmulps	%ymm10, %ymm22, %ymm23
	vaddps	%ymm11, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm12, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm22
	vaddps	%ymm13, %ymm22, %ymm22
	vdivps	%ymm22, %ymm20, %ymm20
	vmovaps	%ymm19, %ymm20 {%k1}
	vcmpleps	%ymm18, %ymm14, %k1
	vandps	%ymm16, %ymm19, %ymm18
	vorps	%ymm17, %ymm18, %ymm20 {%k1}
	vmovups	%ymm20, 352(%rdx,%rsi)
	vmovups	384(%rax,%rsi), %ymm20
	vmovups	416(%rax,%rsi), %ymm21
	vmovups	448(%rax,%rsi), %ymm18
	vmovups	480(%rax,%rsi), %ymm19
	vaddps	-96(%rcx,%rsi), %ymm20, %ymm20
	vaddps	-64(%rcx,%rsi), %ymm21, %ymm21
	vmaxps	%ymm20, %ymm1, %ymm23
	vandps	%ymm15, %ymm20, %ymm22
	vcmpltps	%ymm0, %ymm22, %k1
	vminps	%ymm23, %ymm2, %ymm23
	vmulps	%ymm23, %ymm23, %ymm24
	vmulps	%ymm3, %ymm24, %ymm25
	vsubps	%ymm25, %ymm4, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm5, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm6, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm7, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm8, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm9, %ymm25, %ymm25
	vmulps	%ymm25, %ymm23, %ymm23
	vmulps	%ymm10, %ymm24, %ymm25
	vaddps	%ymm11, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm12, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm24
	vaddps	%ymm13, %ymm24, %ymm24
	vdivps	%ymm24, %ymm23, %ymm23
	vmovaps	%ymm20, %ymm23 {%k1}
	vcmpleps	%ymm22, %ymm14, %k1
	vmaxps	%ymm21, %ymm1, %ymm22
	vandps	%ymm16, %ymm20, %ymm20
	vminps	%ymm22, %ymm2, %ymm22
	vorps	%ymm17, %ymm20, %ymm23 {%k1}
	vandps	%ymm15, %ymm21, %ymm20
	vcmpltps	%ymm0, %ymm20, %k1
	vmovups	%ymm23, 384(%rdx,%rsi)
	vmulps	%ymm22, %ymm22, %ymm24
	vmulps	%ymm3, %ymm24, %ymm25
	vsubps	%ymm25, %ymm4, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm5, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm6, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm7, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm8, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm9, %ymm25, %ymm25
	vmulps	%ymm25, %ymm22, %ymm22
	vmulps	%ymm10, %ymm24, %ymm25
	vaddps	%ymm11, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm25
	vaddps	%ymm12, %ymm25, %ymm25
	vmulps	%ymm25, %ymm24, %ymm24
	vaddps	%ymm13, %ymm24, %ymm24
	vdivps	%ymm24, %ymm22, %ymm22
	vmovaps	%ymm21, %ymm22 {%k1}
	vcmpleps	%ymm20, %ymm14, %k1
	vandps	%ymm16, %ymm21, %ymm20
	vorps	%ymm17, %ymm20, %ymm22 {%k1}
	vmovups	%ymm22, 416(%rdx,%rsi)
	vaddps	-32(%rcx,%rsi), %ymm18, %ymm18
	vaddps	(%rcx,%rsi), %ymm19, %ymm19
	vmaxps	%ymm18, %ymm1, %ymm21
	vandps	%ymm15, %ymm18, %ymm20
	vcmpltps	%ymm0, %ymm20, %k1
	vminps	%ymm21, %ymm2, %ymm21
	vmulps	%ymm21, %ymm21, %ymm22
	vmulps	%ymm3, %ymm22, %ymm23
	vsubps	%ymm23, %ymm4, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm5, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm6, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm7, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm8, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm9, %ymm23, %ymm23
	vmulps	%ymm23, %ymm21, %ymm21
	vmulps	%ymm10, %ymm22, %ymm23
	vaddps	%ymm11, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm12, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm22
	vaddps	%ymm13, %ymm22, %ymm22
	vdivps	%ymm22, %ymm21, %ymm21
	vmovaps	%ymm18, %ymm21 {%k1}
	vcmpleps	%ymm20, %ymm14, %k1
	vmaxps	%ymm19, %ymm1, %ymm20
	vandps	%ymm16, %ymm18, %ymm18
	vminps	%ymm20, %ymm2, %ymm20
	vorps	%ymm17, %ymm18, %ymm21 {%k1}
	vandps	%ymm15, %ymm19, %ymm18
	vcmpltps	%ymm0, %ymm18, %k1
	vmovups	%ymm21, 448(%rdx,%rsi)
	vmulps	%ymm20, %ymm20, %ymm22
	vmulps	%ymm3, %ymm22, %ymm23
	vsubps	%ymm23, %ymm4, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm5, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm6, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm7, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm8, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm9, %ymm23, %ymm23
	vmulps	%ymm23, %ymm20, %ymm20
	vmulps	%ymm10, %ymm22, %ymm23
	vaddps	%ymm11, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm23
	vaddps	%ymm12, %ymm23, %ymm23
	vmulps	%ymm23, %ymm22, %ymm22
	vaddps	%ymm13, %ymm22, %ymm22
	vdivps	%ymm22, %ymm20, %ymm20
	vmovaps	%ymm19, %ymm20 {%k1}
	vcmpleps	%ymm18, %ymm14, %k1
	vandps	%ymm16, %ymm19, %ymm18
	vorps	%ymm17, %ymm18, %ymm20 {%k1}
	vmovups	%ymm20, 480(%rdx,%rsi)
	addq	$512, %rsi
	cmpq	$4096, %rsi
	jne	.LBB0_1
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	add_tanh_fusion, .Lfunc_end0-add_tanh_fusion
	.cfi_endproc

	.ident	"clang version 18.1.8"
	.section	".note.GNU-stack","",@progbits
