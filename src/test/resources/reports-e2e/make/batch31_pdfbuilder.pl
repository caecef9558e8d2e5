#!/usr/bin/perl
# Batch 31: draws batch31_layout's ops (S line segments, R rectangles, P page) with PDF::Builder's core fonts.
# perl batch31_pdfbuilder.pl ops.tsv out.pdf helv|times TITLE PARTNERSHIP. Test-fixture tooling only.
use strict; use warnings; use utf8;
use PDF::Builder;
my ($src, $out, $fam, $title, $author) = @ARGV;
my $pdf = PDF::Builder->new(-compress => 'flate');
$pdf->info(Title => $title, Author => $author, Creator => 'batch31_pdfbuilder.pl');
my %names = $fam eq 'times'
    ? (R => 'Times-Roman', B => 'Times-Bold', I => 'Times-Italic', BI => 'Times-BoldItalic')
    : (R => 'Helvetica', B => 'Helvetica-Bold', I => 'Helvetica-Oblique', BI => 'Helvetica-BoldOblique');
my %font = map { $_ => $pdf->corefont($names{$_}, -encode => 'cp1252') } keys %names;
my ($page, $gfx, $txt);
open(my $fh, '<:encoding(UTF-8)', $src) or die $!;
while (my $l = <$fh>) {
    chomp $l;
    my @f = split /\t/, $l, -1;
    if ($f[0] eq 'P') {
        $page = $pdf->page(); $page->mediabox(595.28, 841.89);
        $gfx = $page->gfx(); $txt = $page->text();
    } elsif ($f[0] eq 'R') {
        my ($x, $y, $w, $h, $lw, $fill, $stroke) = @f[1..7];
        $gfx->linewidth($lw);
        $gfx->rectxy($x, $y, $x + $w, $y + $h);
        if ($fill ne '-' && $stroke ne '-') { $gfx->fillcolor(split / /, $fill); $gfx->strokecolor(split / /, $stroke); $gfx->fillstroke(); }
        elsif ($fill ne '-') { $gfx->fillcolor(split / /, $fill); $gfx->fill(); }
        else { $gfx->strokecolor(split / /, $stroke); $gfx->stroke(); }
    } elsif ($f[0] eq 'S') {
        my ($x, $y, $size, $col) = @f[1..4];
        $txt->fillcolor(split / /, $col);
        $txt->translate($x, $y);
        for (my $i = 5; $i < @f; $i += 2) {
            $txt->font($font{$f[$i]}, $size);
            $txt->text($f[$i + 1]);
        }
    }
}
$pdf->saveas($out);
