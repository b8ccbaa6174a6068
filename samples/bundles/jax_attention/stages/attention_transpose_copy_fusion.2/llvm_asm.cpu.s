	.file	"__compute_module_transpose_copy_fusion.2_kernel_module"
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI0_0:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI0_1:
	.quad	768
.LCPI0_2:
	.quad	8
	.section	.ltext,"axl",@progbits
	.globl	transpose_copy_fusion.2
	.p2align	4
	.type	transpose_copy_fusion.2,@function
transpose_copy_fusion.2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	.cfi_offset %rbx, -24
	movq	24(%rdi), %rdx
	movabsq	$.LCPI0_0, %rdi
	xorl	%esi, %esi
	vmovdqa64	(%rdi), %zmm0
	movabsq	$.LCPI0_1, %rdi
	vpbroadcastq	(%rdi), %zmm1
	movabsq	$.LCPI0_2, %rdi
	vpbroadcastq	(%rdi), %zmm2
	xorl	%edi, %edi
	movq	(%rdx), %rax
	movq	16(%rdx), %rcx
	movq	32(%rdx), %rdx
	.p2align	4
.LBB0_1:
	leaq	(%rdi,%rdi,2), %r8
	shlq	$14, %rdi
	xorl	%r9d, %r9d
	addq	%rdx, %rdi
	shlq	$14, %r8
	addq	%rcx, %r8
	.p2align	4
.LBB0_2:
	movq	%r9, %rbx
	shlq	$6, %rbx
	movq	%r9, %r11
	shlq	$12, %r11
	vmovdqa64	%zmm0, %zmm19
	vbroadcastss	8(%rax,%rbx), %ymm3
	vbroadcastss	12(%rax,%rbx), %ymm4
	vbroadcastss	16(%rax,%rbx), %ymm5
	vbroadcastss	20(%rax,%rbx), %ymm6
	vbroadcastss	24(%rax,%rbx), %ymm7
	vbroadcastss	28(%rax,%rbx), %ymm8
	vbroadcastss	32(%rax,%rbx), %ymm9
	vbroadcastss	36(%rax,%rbx), %ymm10
	vbroadcastss	40(%rax,%rbx), %ymm11
	vbroadcastss	44(%rax,%rbx), %ymm12
	vbroadcastss	48(%rax,%rbx), %ymm13
	vbroadcastss	52(%rax,%rbx), %ymm14
	vbroadcastss	56(%rax,%rbx), %ymm15
	vbroadcastss	60(%rax,%rbx), %ymm16
	vbroadcastss	(%rax,%rbx), %ymm17
	vbroadcastss	4(%rax,%rbx), %ymm18
	leaq	(%r8,%rbx), %r10
	addq	%rdi, %r11
	movl	$64, %ebx
	.p2align	4
.LBB0_3:
	vpmullq	%zmm1, %zmm19, %zmm21
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vpsllq	$6, %zmm19, %zmm20
	vpaddq	%zmm2, %zmm19, %zmm19
	addq	$-8, %rbx
	vgatherqps	(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm17, %ymm22
	vscatterqps	%ymm22, (%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	4(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm18, %ymm22
	vscatterqps	%ymm22, 4(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	8(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm3, %ymm22
	vscatterqps	%ymm22, 8(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	12(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm4, %ymm22
	vscatterqps	%ymm22, 12(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	16(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm5, %ymm22
	vscatterqps	%ymm22, 16(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	20(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm6, %ymm22
	vscatterqps	%ymm22, 20(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	24(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm7, %ymm22
	vscatterqps	%ymm22, 24(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	28(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm8, %ymm22
	vscatterqps	%ymm22, 28(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	32(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm9, %ymm22
	vscatterqps	%ymm22, 32(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	36(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm10, %ymm22
	vscatterqps	%ymm22, 36(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	40(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm11, %ymm22
	vscatterqps	%ymm22, 40(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	44(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm12, %ymm22
	vscatterqps	%ymm22, 44(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	48(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm13, %ymm22
	vscatterqps	%ymm22, 48(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	52(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm14, %ymm22
	vscatterqps	%ymm22, 52(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	56(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm15, %ymm22
	vscatterqps	%ymm22, 56(%r11,%zmm20) {%k1}
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm22, %xmm22, %xmm22
	vgatherqps	60(%r10,%zmm21), %ymm22 {%k1}
	kxnorb	%k0, %k0, %k1
	vaddps	%ymm22, %ymm16, %ymm21
	vscatterqps	%ymm21, 60(%r11,%zmm20) {%k1}
	jne	.LBB0_3
	incq	%r9
	cmpq	$4, %r9
	jne	.LBB0_2
	movl	$1, %edi
	testb	$1, %sil
	movb	$1, %sil
	je	.LBB0_1
	xorl	%eax, %eax
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	transpose_copy_fusion.2, .Lfunc_end0-transpose_copy_fusion.2
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
