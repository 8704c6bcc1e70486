#!/usr/bin/env bash
# Regenerates the demo site's lead images (src/main/resources/demo/images/*.jpg).
# Abstract stand-ins for news photos, drawn with ImageMagick 6 (`convert`).
# Deterministic: plasma uses fixed -seed values, shapes come from a fixed LCG,
# and -strip removes timestamps, so running it twice gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=src/main/resources/demo/images
mkdir -p "$OUT"
W=1200; H=675
Q=(-strip -interlace Plane -sampling-factor 4:2:0 -quality 78)

# tiny linear congruential generator: rnd N -> $R in [0, N)
S=12345
rnd() { S=$(( (S * 1103515245 + 12345) % 2147483648 )); R=$(( (S / 65536) % $1 )); }

# --- skyline: sky gradient and rectangles with lit windows ------------------
skyline() { # name seed top bottom building-color window-color
  local name=$1; S=$2; local d="" x=0 w h y wx wy
  while [ $x -lt $W ]; do
    rnd 90; w=$((50 + R)); rnd 330; h=$((120 + R)); y=$((H - h))
    d+="fill $5 rectangle $x,$y $((x + w - 4)),$H "
    for ((wy = y + 14; wy < H - 20; wy += 26)); do
      for ((wx = x + 8; wx < x + w - 14; wx += 16)); do
        rnd 5; [ $R -eq 0 ] && d+="fill $6 rectangle $wx,$wy $((wx + 6)),$((wy + 10)) "
      done
    done
    x=$((x + w))
  done
  convert -size ${W}x${H} gradient:"$3"-"$4" -draw "$d" -blur 0x0.6 "${Q[@]}" "$OUT/$name.jpg"
}

# --- harbor: sky, water, container stacks and gantry cranes -----------------
harbor() { # name seed sky-top sky-bottom water
  local name=$1; S=$2; local d="" x y c i
  local colors=("#b5452f" "#2f6db5" "#d19a2a" "#3b8f5a" "#8a8f96" "#6a3fa0")
  for ((x = 40; x < W - 60; x += 34)); do
    rnd 4; local n=$((1 + R))
    for ((i = 0; i < n; i++)); do
      rnd 6; c=${colors[$R]}; y=$((430 - i * 18))
      d+="fill $c rectangle $x,$y $((x + 30)),$((y + 16)) "
    done
  done
  for x in 150 470 820; do
    d+="fill #d8d2c4 rectangle $x,170 $((x + 10)),450 rectangle $((x + 110)),170 $((x + 120)),450 "
    d+="rectangle $((x - 60)),160 $((x + 230)),176 polygon $((x + 55)),100 $((x + 45)),160 $((x + 65)),160 "
    d+="stroke #d8d2c4 stroke-width 3 line $((x + 60)),100 $((x - 60)),160 line $((x + 60)),100 $((x + 230)),160 stroke none "
  done
  convert -size ${W}x450 gradient:"$3"-"$4" \
    \( -size ${W}x225 gradient:"$5"-#0d1b2a \) -append -draw "$d" \
    \( -size ${W}x225 xc:none -seed $2 +noise Random -channel A -threshold 96% +channel -blur 0x1 \) \
    -geometry +0+450 -compose over -composite -blur 0x0.5 "${Q[@]}" "$OUT/$name.jpg"
}

# --- map: seeded plasma thresholded into land and sea, with a grid ----------
map() { # name seed sea land
  convert -size ${W}x${H} -seed $2 plasma:fractal -blur 0x14 -colorspace Gray -auto-level \
    -threshold 55% \( +clone -fill "$4" -opaque white -fill "$3" -opaque black \) -delete 0 \
    -stroke "#ffffff40" -strokewidth 1 \
    -draw "$(for ((i = 0; i < W; i += 100)); do printf 'line %d,0 %d,%d ' $i $i $H; done; for ((i = 0; i < H; i += 100)); do printf 'line 0,%d %d,%d ' $i $W $i; done)" \
    -blur 0x0.8 "${Q[@]}" "$OUT/$1.jpg"
}

# --- chart: a line over a grid ----------------------------------------------
chart() { # name seed bg line trend(+1 up, -1 down)
  S=$2; local pts="" x y=340 px=60 py=340
  for ((x = 90; x <= W - 60; x += 30)); do
    rnd 61; y=$((py - 30 + R - $5 * 7)); [ $y -lt 80 ] && y=80; [ $y -gt 600 ] && y=600
    pts+="line $px,$py $x,$y "; px=$x; py=$y
  done
  convert -size ${W}x${H} gradient:"$3"-#05070c -stroke "#ffffff22" -strokewidth 1 \
    -draw "$(for ((i = 75; i < H; i += 75)); do printf 'line 0,%d %d,%d ' $i $W $i; done)" \
    -fill none -stroke "$4" -strokewidth 5 -draw "$pts" \
    -blur 0x0.7 "${Q[@]}" "$OUT/$1.jpg"
}

# --- flags: colored bands on poles in front of a wall ------------------------
flags() { # name seed
  S=$2; local d="" x i c
  local pal=("#c8102e" "#ffffff" "#003da5" "#ffcd00" "#009b3a" "#000000" "#ff8200" "#6cace4")
  for ((x = 90; x < W - 80; x += 170)); do
    d+="fill #c9c9c9 rectangle $x,80 $((x + 6)),675 "
    for i in 0 1 2; do
      rnd 8; c=${pal[$R]}
      d+="fill $c rectangle $((x + 6)),$((100 + i * 40)) $((x + 136)),$((140 + i * 40)) "
    done
  done
  convert -size ${W}x${H} gradient:"#e9e4da"-"#a69c8a" -draw "$d" -blur 0x1.2 "${Q[@]}" "$OUT/$1.jpg"
}

# --- columns: a courthouse facade -------------------------------------------
columns() { # name
  local d="fill #ece6d8 polygon 150,200 600,70 1050,200 rectangle 150,200 1050,230 rectangle 120,600 1080,640 "
  local x
  for ((x = 190; x < 1020; x += 105)); do
    d+="fill #f4efe4 rectangle $x,240 $((x + 50)),590 fill #cfc6b3 rectangle $((x + 38)),240 $((x + 50)),590 "
  done
  convert -size ${W}x${H} gradient:"#7fa7c9"-"#dfe9f0" -draw "$d" -blur 0x1 "${Q[@]}" "$OUT/$1.jpg"
}

# --- mountains: layered ridges with snow -------------------------------------
mountains() { # name seed sky-top sky-bottom
  S=$2; local d="" layer x y pts
  local fills=("#dfe6ee" "#8d9bab" "#566577" "#2f3a47")
  for layer in 0 1 2 3; do
    pts="0,$H "; y=$((220 + layer * 90))
    for ((x = 0; x <= W; x += 60)); do rnd 140; pts+="$x,$((y - 70 + R)) "; done
    d+="fill ${fills[$layer]} polygon $pts $W,$H "
  done
  convert -size ${W}x${H} gradient:"$3"-"$4" -draw "$d" -blur 0x1.5 "${Q[@]}" "$OUT/$1.jpg"
}

# --- pylons: power lines against the sky --------------------------------------
pylons() { # name
  local d="stroke #1e242b stroke-width 4 fill none " x
  for x in 200 600 1000; do
    d+="line $((x - 60)),640 $x,140 line $((x + 60)),640 $x,140 line $((x - 80)),230 $((x + 80)),230 line $((x - 60)),300 $((x + 60)),300 "
    d+="line $((x - 40)),460 $((x + 40)),360 line $((x + 40)),460 $((x - 40)),360 "
  done
  d+="stroke-width 2 bezier 0,250 100,290 120,230 bezier 120,230 400,300 520,230 bezier 520,230 800,300 920,230 bezier 920,230 1100,290 1200,250"
  convert -size ${W}x${H} gradient:"#f3b36b"-"#6b4a7a" \( -size ${W}x120 xc:"#3b3325" \) -gravity south -composite \
    -gravity northwest -draw "$d" -blur 0x0.8 "${Q[@]}" "$OUT/$1.jpg"
}

# --- circuit: a tech pattern ---------------------------------------------------
circuit() { # name seed
  S=$2; local d="stroke #38e0c4 stroke-width 3 fill none " i x y x2 y2
  for ((i = 0; i < 60; i++)); do
    rnd 24; x=$((R * 50)); rnd 14; y=$((R * 50)); rnd 6; x2=$((x + (R - 2) * 50)); rnd 4; y2=$((y + (R - 1) * 50))
    d+="polyline $x,$y $x2,$y $x2,$y2 circle $x2,$y2 $((x2 + 5)),$y2 "
  done
  convert -size ${W}x${H} radial-gradient:"#16324a"-"#050b12" -draw "$d" \( +clone -blur 0x8 \) -compose screen -composite \
    "${Q[@]}" "$OUT/$1.jpg"
}

# --- bokeh: soft lights (clinic, night street) ----------------------------------
bokeh() { # name seed bg color1 color2
  S=$2; local d="" i x y r c
  for ((i = 0; i < 45; i++)); do
    rnd $W; x=$R; rnd $H; y=$R; rnd 60; r=$((20 + R)); rnd 2
    if [ $R -eq 0 ]; then c=$4; else c=$5; fi
    d+="fill $c circle $x,$y $((x + r)),$y "
  done
  convert -size ${W}x${H} xc:"$3" -draw "$d" -blur 0x14 "${Q[@]}" "$OUT/$1.jpg"
}

# --- sea: horizon, sun and a small boat -----------------------------------------
sea() { # name seed sky-top sky-bottom
  convert -size ${W}x400 gradient:"$3"-"$4" \( -size ${W}x275 gradient:"#2c5d7c"-"#0b1e2c" \) -append \
    -fill "#fff3d0" -draw "circle 840,330 840,290" \
    -fill "#11161c" -draw "polygon 420,430 560,430 540,455 440,455 rectangle 470,405 510,430 line 490,405 490,370" \
    \( -size ${W}x275 xc:none -seed $2 +noise Random -channel A -threshold 97% +channel -blur 0x1.2 \) \
    -geometry +0+400 -compose over -composite "${Q[@]}" "$OUT/$1.jpg"
}

# --- storm: seeded plasma clouds ----------------------------------------------------
storm() { # name seed c1 c2
  convert -size ${W}x${H} -seed $2 plasma:fractal -blur 0x10 -colorspace Gray -auto-level +level-colors "$3","$4" "${Q[@]}" "$OUT/$1.jpg"
}

# --- bars: vote count as bars --------------------------------------------------------
bars() { # name seed
  S=$2; local d="" x h i
  local pal=("#d6453d" "#2f7ed8" "#f2b134" "#4caf50" "#9c6ade")
  for ((i = 0; i < 5; i++)); do
    rnd 380; h=$((120 + R)); x=$((130 + i * 200))
    d+="fill ${pal[$i]} rectangle $x,$((600 - h)) $((x + 140)),600 "
  done
  convert -size ${W}x${H} gradient:"#f5f1ea"-"#ddd5c6" -stroke "#00000018" \
    -draw "$(for ((i = 100; i <= 600; i += 100)); do printf 'line 80,%d 1120,%d ' $i $i; done)" \
    -stroke none -draw "$d" -blur 0x0.6 "${Q[@]}" "$OUT/$1.jpg"
}

# --- riverbed: a drying river between banks ----------------------------------------------
riverbed() { # name seed
  convert -size ${W}x${H} -seed $2 plasma:fractal -blur 0x3 -colorspace Gray -auto-level +level-colors "#7d5f38","#d8bb85" \
    -fill "#4f7f8f" -draw "path 'M 0,380 C 300,300 500,460 800,360 S 1100,330 1200,350 L 1200,420 C 1000,400 900,470 700,440 S 300,400 0,440 Z'" \
    -blur 0x1 "${Q[@]}" "$OUT/$1.jpg"
}

harbor     harbor        11 "#f6c89f" "#9fc3df" "#3c6e8f"
harbor     harbor-dusk   29 "#2b2d5a" "#d9786a" "#2a3b5c"
skyline    skyline        7 "#f7d9a8" "#7aa6cf" "#34404f" "#ffe9a8"
skyline    skyline-night 41 "#0b1026" "#2e3f6e" "#141a24" "#ffd36b"
flags      summit-flags  17
map        map-europe    101 "#24506e" "#c9c19a"
map        map-coast     202 "#1f4d5f" "#a8b98a"
chart      chart-up       5 "#12324d" "#4fd18b" 1
chart      chart-down     9 "#3a1620" "#ff6b5e" -1
bars       vote-count    23
columns    courthouse
mountains  glacier       31 "#9cc3e6" "#eef4fa"
riverbed   riverbed      61
pylons     pylons
circuit    circuit       71
bokeh      clinic        13 "#dfeef0" "#7fc8d6" "#ffffff"
sea        sea-dawn      83 "#f2a679" "#f7e0b8"
storm      storm         97 "#2b3440" "#7d8b99"

ls -l "$OUT"
