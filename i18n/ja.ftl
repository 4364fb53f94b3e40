# Focal Loss Explorer：日本語。用語は i18n/glossary.md を参照。

lang-auto = ブラウザの言語
true-class-positive = 正例（重み α）
true-class-negative = 負例（重み 1 − α）
panel-page = ページ全体
panel-explorer = エクスプローラー
panel-imbalance = クラス不均衡
panel-calculators = 計算ツール
panel-variants = 派生形
panel-multi-class = 多クラス
panel-lab = 学習ラボ
panel-yours = あなたの予測
panel-code = コードで使う
panel-check = 実装を検証する
theme-auto = システム設定
theme-light = ライト
theme-dark = ダーク
bench-off = オフ
bench-explorer = エクスプローラーの遅延
bench-imbalance = 不均衡パネルの遅延
bench-train = 学習のスループット
bench-smooth = 学習中のフレーム時間
bench-memory = 長いセッションのメモリ
bench-paints = 各グラフの再描画回数を数える
optimiser-full-batch = フルバッチ勾配降下法
optimiser-sgd = ミニバッチ SGD、モーメンタム 0.9、バッチサイズ 1024
schedule-constant = 一定
schedule-linear = 開始 γ から終了 γ へ線形に
lab-loss-cross-entropy = 交差エントロピー（CE）
lab-loss-balanced-cross-entropy = α でバランスした CE
lab-loss-focal = Focal Loss（γ, α）
lab-loss-focal-no-alpha = Focal Loss（γ、α なし）
lab-loss-focal-star = FL*（γ, β = 1）
lab-loss-ohem = CE + ハードサンプルマイニング 1:3
lab-loss-focal-ohem = FL + ハードサンプルマイニング 1:3（γ, α）
lab-loss-class-balanced-focal = クラスバランス FL（β = 0.9999）
prior-start-both = 両方の実行
prior-start-neither = どちらも使わない（b = 0）
prior-start-only-b = 実行 B のみ（A は b = 0 から開始）
yes-no-yes = はい
yes-no-no = いいえ
mode-live = ライブ
mode-run = ヘッドレス実行
scenario-custom = カスタム設定
scenario-helps = Focal Loss が効く：限られた予算
scenario-prior = 事前確率による初期化（§3.3）
scenario-convex = モデルが正しく長く学習：引き分け
scenario-alpha = γ = 2 での α：順位ではなくしきい値
param-objects-label = そのうちの物体数 P
param-objects-spoken = 物体数
param-counts-label = クラスごとのサンプル数
param-counts-spoken = クラスごとのサンプル数
param-beta-label = クラスバランス β
param-beta-spoken = ベータ
param-hide-label = 非表示のパネルとコントロール
param-hide-spoken = 非表示
param-lock-label = 固定されたコントロール
param-lock-spoken = 固定
param-quiz-label = 表示する確認問題
param-quiz-spoken = 確認問題
param-present-label = プレゼンテーションモード
param-present-spoken = プレゼンテーションモード
param-pt-label = p_t（正解クラスの確率）
param-pt-spoken = p t
param-y-label = 正解クラス
param-y-spoken = 正解クラス
param-ratio-label = 不均衡：正例 1 つあたりの負例数
param-ratio-spoken = 比率
param-neg-label = 負例：平均 p_t（易しさ）
param-neg-spoken = 負例の平均 p t
param-pos-label = 正例：平均 p_t（難しさ）
param-pos-spoken = 正例の平均 p t
param-spread-label = ばらつき：logit(p_t) の標準偏差
param-spread-spoken = ばらつき
param-anchors-label = サンプル（アンカー）数 N
param-anchors-spoken = アンカー数
param-lrsched-label = 学習率スケジュール
param-lrsched-spoken = 学習率スケジュール
param-seed-label = シード
param-seed-spoken = シード
param-shape-label = 形状
param-shape-spoken = 形状
param-npos-label = 正例
param-npos-spoken = 正例
param-lratio-label = 正例 1 つあたりの負例数
param-lratio-spoken = 比率
param-hard-label = 難しい負例（割合）
param-hard-spoken = 難しい割合
param-quad-label = 二次特徴量（x², y², xy）
param-quad-spoken = 二次特徴量
param-useprior-label = 事前確率 π からのバイアス
param-useprior-spoken = 事前確率からのバイアス
param-opt-label = 最適化手法
param-opt-spoken = 最適化手法
param-lr-label = 学習率
param-lr-spoken = 学習率
param-warmup-label = ウォームアップのエポック数
param-warmup-spoken = ウォームアップ
param-clip-label = 勾配ノルムのクリップ（0：なし）
param-clip-spoken = クリップ
param-norm-label = 損失の正規化
param-norm-spoken = 損失の正規化
param-sched-label = γ のスケジュール
param-sched-spoken = γ のスケジュール
param-g0-label = 開始 γ
param-g0-spoken = 開始ガンマ
param-g1-label = 終了 γ
param-g1-spoken = 終了ガンマ
param-epochs-label = エポック数（予定）
param-epochs-spoken = エポック数
param-speed-label = 速度（フレームあたりのエポック数）
param-speed-spoken = 速度
param-thr-label = しきい値
param-thr-spoken = しきい値
param-lab-label = ラボのモード
param-lab-spoken = ラボのモード
param-dump-label = テスト分割を書き出す
param-dump-spoken = テスト分割を書き出す
param-scenario-label = シナリオ
param-scenario-spoken = ラボのシナリオ
param-mclogits-label = ロジット
param-mclogits-spoken = ロジット
param-mct-label = 対象クラス
param-mct-spoken = 対象クラス
param-mcalpha-label = クラスごとの α
param-mcalpha-spoken = アルファ
param-embed-label = 埋め込み
param-embed-spoken = 埋め込み
param-theme-label = テーマ
param-theme-spoken = テーマ
param-bench-label = ベンチマーク
param-bench-spoken = ベンチマーク
param-gamma-label = γ（フォーカス）
param-gamma-spoken = ガンマ
param-alpha-label = α（正例の重み）
param-alpha-spoken = アルファ
param-alpha-off = α なし（全サンプルの重みを 1 に。torchvision の α = −1 と同じ）
param-prior-label = 事前確率 π
param-prior-spoken = 事前確率
param-eps-label = Poly-1 の ε
param-eps-spoken = イプシロン
run-a-loss = 実行 A の損失
run-b-loss = 実行 B の損失
run-a-gamma = 実行 A の γ
run-a-gamma-spoken = 実行 A のガンマ
run-a-alpha = 実行 A の α
run-a-alpha-spoken = 実行 A のアルファ
run-b-gamma = 実行 B の γ
run-b-gamma-spoken = 実行 B のガンマ
run-b-alpha = 実行 B の α
run-b-alpha-spoken = 実行 B のアルファ
lr-schedule-const = 一定
lr-schedule-seed = 10 エポックかけて 0.1× からウォームアップし、最後の 20 % で ×0.1
shape-blobs = 塊
shape-ring = 円環上の正例
shape-cluster = 負例の円環の中にある正例の塊
shape-beside = 正例の隣に難しい負例、下に広くて易しい塊
normalisation-pos = 正例の数
normalisation-mean = サンプル数（平均）
control-exact-value = { $label }（正確な値）
control-outside = { $raw } は { $min }〜{ $max } の範囲外です。{ $used } を使います。
control-not-a-number = 「{ $raw }」は数値ではありません。{ $min }〜{ $max } の値を入力してください。
list-entry = { $item } { $k }
list-item-class = クラス
list-item-alpha = α
list-add-class = クラスを追加
list-remove-class = 最後のクラスを削除
list-add-alpha = α を追加
list-remove-alpha = 最後の α を削除
param-lang-label = 言語
param-lang-spoken = 言語
locked-note = 先生のリンクで固定されています。
chart-hover-hint = グラフを指すと値が読めます。
page-title = Focal Loss エクスプローラー
embedded-title = Focal Loss エクスプローラー：{ $panel }
lede-before = Focal Loss（Lin ら、2017）は交差エントロピーに
lede-after = を掛け、多数の易しいサンプルが少数の難しいサンプルをかき消さないようにします。スライダーを動かしてみてください。
colophon-paper = Lin, Goyal, Girshick, He, Dollár：「Focal Loss for Dense Object Detection」、ICCV 2017。
colophon-numbers = 数値は torchvision の sigmoid_focal_loss と一致します。一度読み込めばオフラインで動きます。
tool-embed = 埋め込み…
tool-exercise = 演習リンクを作る…
tool-present = プレゼンテーションモード
toolbar-label = ページのツール
share-button = この状態へのリンクをコピー
share-copied = リンクをコピーしました（ブラウザが許可した場合）：
share-permalink = パーマリンク
embed-frame-title = Focal Loss エクスプローラー：{ $panel }
embed-panel-label = 埋め込むパネル
embed-paste = これをあなたのページに貼り付けてください：
embed-resize-comment = 任意：フレームの高さを自動調整する（アプリと同じ場所の embed-resize.js を参照）
embed-copy = スニペットをコピー
example-easy = 易しいサンプル（p_t = { $pt }）
example-easy-why = すでに正しく分類済み：Focal Loss は損失を (1 − { $pt })^γ 倍し、ほぼゼロにします。
example-hard = 難しいサンプル（p_t = { $pt }）
example-hard-why = 誤分類：(1 − { $pt })^γ は 1 に近いので、Focal Loss は交差エントロピーのほとんどを残します。
example-paper-100 = 論文：γ = { $gamma }、p_t = { $pt } → { $ratio }×
example-paper-100-why = 論文の 1 つ目の確認点：γ = { $gamma }、α なしのとき、p_t = { $pt } のサンプルの損失は CE の { $ratio } 分の 1 です。
example-paper-1000 = 論文：γ = { $gamma }、p_t ≈ { $pt } → ~{ $ratio }×
example-paper-1000-why = 論文の 2 つ目の確認点：p_t ≈ { $pt } で損失は約 { $ratio } 分の 1（{ $pt } ではちょうど { $exact } 分の 1）。
examples-label = 例
readout-ce = 交差エントロピー CE = −ln p_t
readout-modulating = 変調係数 (1 − p_t)^γ
readout-fl = Focal Loss FL
legend-label = グラフの凡例
legend-current = { $gamma }（現在）
legend-point = 現在の点
explorer-chart-summary = { $title }。γ = { $gammas } と現在の γ = { $gamma } の曲線。マークした点：p_t = { $x }、値 { $y }。
present-lab-why = 学習ラボのシナリオ：キャプションに見どころが書かれています。
chart-loss-title = p_t に対する Focal Loss
chart-loss-title-weighted = p_t に対する α_t 重み付き Focal Loss
chart-modulating-title = 変調係数 (1 − p_t)^γ
chart-gradient-title = p_t に対する |dFL/dlogit|
chart-gradient-title-weighted = p_t に対する α_t 重み付き |dFL/dlogit|
axis-loss = 損失
axis-factor = 係数
axis-gradient = |勾配|
axis-pt = p_t（正解クラスの確率）
times-zero = FL は 0：α_t = 0 がこのサンプルを除きます
times-equal = FL は CE と等しい（重みの削減なし）
times-smaller = FL は CE の { $ratio } 分の 1
formula-ce = 交差エントロピー
formula-fl = Focal Loss
formula-gradient = ロジットに関する Focal Loss の勾配
table-show = 表で表示
table-hide = 表を隠す
chart-export = { $title }：書き出し
chart-as-table = { $title }（表）
correction-not-a-number = { $key }=「{ $given }」は数値ではないため、{ $key } = { $used } を使います。
correction-below-min = { $key }=「{ $given }」は許される最小値より小さいため、{ $key } = { $used } を使います。
correction-above-max = { $key }=「{ $given }」は許される最大値より大きいため、{ $key } = { $used } を使います。
correction-unknown-option = { $key }=「{ $given }」は選択肢にないため、{ $key } = { $used } を使います。
correction-repeated = { $key }=「{ $given }」が複数回指定されており最後のものが有効なため、{ $key } = { $used } を使います。
correction-wrong-length = { $key }=「{ $given }」は項目が多すぎるか少なすぎるため、{ $key } = { $used } を使います。
correction-inconsistent = { $key }=「{ $given }」は他の設定と合わないため、{ $key } = { $used } を使います。
correction-not-whole = { $key }=「{ $given }」は整数ではないため、{ $key } = { $used } を使います。
correction-unknown-name = { $key }=「{ $given }」はこのページにないものを指しているため、{ $key } = { $used } を使います。
notice-heading = リンクのパラメータの一部を調整しました：
notice-dismiss = 閉じる
later-failed = ページの残りを読み込めませんでした（ネットワークが切れていませんか？）。上のエクスプローラーは動きます。
later-retry = 再試行
panic-before = 問題が発生しました —
panic-reload = 再読み込み
panic-after = （設定はリンクに保存されています）。
imbalance-sentence-less = { $ratio } のとき、負例（平均 p_t { $pt }）は CE 損失の { $ce } を占めますが、Focal Loss では { $fl } にすぎません（γ = { $gamma }）。
imbalance-sentence-more = { $ratio } のとき、負例（平均 p_t { $pt }）は CE 損失の { $ce }、Focal Loss の { $fl } を占めます（γ = { $gamma }）。
verdict-start = 「再生」（または「1 ステップ」）を押すと、同じ初期重みから 2 つの実行を学習します。
verdict-tie = { $epoch } エポック後、2 つの実行はテストセットをほぼ同じくらいうまく順位付けしています（AP は A が { $a }、B が { $b }）。
verdict-lead = { $epoch } エポック後、実行 { $winner }（{ $w }）が実行 { $loser }（{ $l }）を AP で { $gap } 上回っています（{ $high } 対 { $low }）。
verdict-best = このテスト分割で可能な最良の AP（データ自身の分布の正確な尤度比による順位付け）は { $best } です：A はその { $a }、B は { $b } に達しています。しきい値 0.5 での再現率：A { $ra }、B { $rb }。
verdict-why-tie = 学習が収束すればこれは予想どおりです：両裾では Focal Loss は 3 倍の大きさのロジットに対する交差エントロピーのように振る舞うので、重みをスケールできるモデルはどちらの損失でもほぼ同じ順位付けに達します。Focal Loss が変えるのは、勾配がどのサンプルに耳を傾けるか（最初のエポックと損失の CDF を見てください）と、確率の較正のされ方です。論文の大きな改善は、画像あたり 100,000 個のアンカーを採点する深い検出器から来ており、そこでは易しい負例が毎ステップを支配しています。
multiclass-heading = 多クラス（softmax）Focal Loss
multiclass-intro = FL = −α_t (1 − p_t)^γ ln p_t、ただし p = softmax(logits)。α はクラスごと（Keras の慣習）。
multiclass-target-row = { $k }（対象）
multiclass-class = クラス { $k }
multiclass-table = 多クラスの表
multiclass-col-class = クラス
multiclass-col-logit = ロジット
multiclass-col-p = softmax p
multiclass-ce = CE = −ln p_対象
variant-ce-citation = 交差エントロピー；γ = 0 の Focal Loss
variant-flstar-citation = Lin ら 2017、付録 A（γ = 2, β = 1 と γ = 4, β = 0 で表示）
variant-flsd-formula = p_t < 0.2 では γ = 5、それ以外では γ = 3 の Focal Loss
variants-chart-title = 正例の損失と p_t の関係（派生形別）
variants-heading = 派生形の比較
variants-summary = 正例の損失と p_t の関係：CE、γ = { $gamma } の Focal Loss、FL*（γ = 2, β = 1 と γ = 4, β = 0）、ε = { $epsilon } の Poly-1、FLSD-53。
imbalance-heading = クラス不均衡：易しい負例が交差エントロピーを埋め尽くす理由
imbalance-intro-1 = 密な検出器は画像あたり約 { $anchors } 個の候補ボックスを採点しますが、物体はそのうち { $objects } 個未満です。
imbalance-intro-2 = 易しい負例の損失は一つひとつは小さいものの、数が非常に多いため、交差エントロピーでは損失と勾配の両方を支配します。
imbalance-intro-3 = ここでは各クラスの p_t はロジット正規分布に従い、期待値は数値積分で求めています。
shares-table = 損失の割合の表
shares-caption = サンプルあたり、および N = { $n } 個のサンプルの合計
shares-col-loss = 損失
shares-col-pos = 正例あたり
shares-col-neg = 負例あたり
shares-col-total = N 個の合計
shares-col-share = 負例による損失の割合
shares-col-grad = 負例による |勾配| の割合
gamma-row-current = { $gamma }（現在）
gamma-table = γ の効果の表
gamma-caption = γ が易しいサンプル（p_t = { $easy }）と難しいサンプル（p_t = { $hard }）をどう重み付けるか：(1 − p_t)^γ
gamma-col-easy = 易しいサンプルの重み
gamma-col-hard = 難しいサンプルの重み
gamma-col-ratio = 難 ÷ 易
share-summary = 比率 1:1 から 1:100,000 までで、負例が担う損失と勾配の割合（CE、α-CE、FL）。{ $sentence }
mass-summary = { $loss } 損失の p_t 上での位置：p_t { $neg } 付近の負例が { $share } を担い、p_t { $pos } 付近の正例が残りを担います。
imbalance-chart-note-1 = 左：実線は損失の割合、破線は |勾配| の割合。縦線は現在の比率です。
imbalance-chart-note-2 = 中央と右：各クラスの個数 × 密度 × 損失を全体に対する割合として示したもので、2 本の曲線の下の面積の合計は 1 です。
share-series-loss = { $loss } 損失
share-series-grad = { $loss } |勾配|
share-chart-title = 負例の割合（実線：損失、破線：|勾配|）
share-axis-x = 正例 1 つあたりの負例数
share-axis-y = 負例による割合
mass-negatives = 負例
mass-positives = 正例
mass-chart-title = { $loss } 損失の位置
mass-axis-x = p_t（対数オッズ目盛り）
mass-axis-y = 全損失に占める割合
alpha-calc-heading = クラス頻度から求める α
alpha-table = クラスの重みの表
alpha-col-count = 個数
alpha-col-freq = 頻度
alpha-col-inv = 逆頻度 N/(K·n)、[{ $lo }, { $hi }] にクリップ
alpha-col-cb = クラスバランス（Cui ら 2019）
alpha-col-from-freq = 頻度からの α 1 − n/N、[{ $lo }, { $hi }] にクリップ
alpha-note-1 = クラスバランスの重みは有効数 (1 − βⁿ)/(1 − β) を使い、合計がクラス数になるよう正規化します。
alpha-note-2 = 最後の列は多くの Focal Loss のコードで使われる規則（「頻度からの α」）です：クラスごとに 1 − n/N、クリップあり、正規化なし。逆頻度と違ってクラスがどれほど稀でも 0.9 を超えず、クラスバランスの重みと違ってクラスのサンプルの絶対数は見ず、割合だけを見ます。
alpha-note-3 = 論文の二値の α = 0.25 は逆頻度とは逆向きであることに注意してください：γ が易しい負例の重みを下げた後では、最良の α は稀な正例の重みを増やすのではなく減らします（Lin ら、表 1a）。
prior-heading = 事前確率によるバイアス初期化（§3.3）
prior-bias = バイアス b = −ln((1 − π)/π)
prior-ce-zero = 初期 CE、b = 0
prior-ce-prior = 初期 CE、π からの b
prior-fl-zero = 初期 FL、b = 0
prior-fl-prior = 初期 FL、π からの b
prior-sentence = b = 0 ではすべてのアンカーが p = 0.5 から始まるため、背景だけで最初の損失に { $zero } を寄与します。p = π から始めると { $prior } に下がり、学習は最初のステップから安定します。
caption-custom = 自由設定です。上でシナリオを選ぶと 1 つの主張が実演されます。下の設定は自由に変えられます。
caption-helps = フルバッチ降下で { $epochs } エポック後、実行 B（Focal Loss、γ = { $gamma }、α なし）は実行 A（交差エントロピー）よりテストセットをうまく順位付けします：テストが確かめるすべてのシードで AP が少なくとも { $min } 高くなります。易しい割合のモニターと図 4 を見てください：CE では { $easy } 個の易しい負例が勾配の大部分を担うため、CE の最初のステップは主に易しい塊の広い軸に沿って重みを縮めます。それはまさに { $positives } 個の正例を隣の { $hard } 個の難しい負例から分ける方向です。FL のステップは最初から正例と難しい負例の対立に従います。どちらもベイズの線よりずっと下にとどまります：線形モデルではこの配置に合わせられないからです。エポックを増やすと長い予算の様子が見られます：両裾で FL(z) は CE(3z) のように振る舞うので、ロジットをスケールできるモデルはどちらの損失でも同じ順位付けに達しえます。ここでは Focal Loss の方が早く到達します。
caption-prior = 2 つの実行は同じ損失（Focal Loss、γ = { $gamma }）を使い、バイアスの開始点だけが違います：実行 A は b = 0、実行 B は b = −ln((1 − π)/π)、π = { $prior }（論文の §3.3）。b = 0 では { $negatives } 個の負例のそれぞれが p = 0.5 から大きな損失で始まり、その勾配が最初のステップを支配します：{ $epochs } エポック後、テストが確かめるすべてのシードで実行 B は実行 A を AP で少なくとも { $min } 上回ります。ベイズの線は B がどこまで近づくかを示します。
caption-convex = 二次特徴量を持つ 2 つのガウス分布のクラス：モデルは正しく指定されており（正確な対数尤度比は二次式）、損失は凸です。ミニバッチ SGD で { $epochs } エポック後、テストが確かめるすべてのシードで、両方の実行はベイズの線から AP で { $bayes } 以内、互いに { $each } 以内に収まります。ここでは Focal Loss は役に立ちません：損失が凸で、モデルが最良の順位付けを含んでいれば、どんな適切な損失でも十分に学習すればそれを見つけます。
caption-alpha = γ = { $gamma } の Focal Loss による 2 つの実行：実行 A は α = { $alpha-a }、実行 B は α = { $alpha-b }（γ = 2 での論文の選択）。α は正例と負例の重みを決め、それは順位を入れ替えるよりもスコア全体をずらします：{ $epochs } エポック後、テストが確かめるすべてのシードで 2 つの AP の差は { $band } 以内にとどまり、一方でしきい値 { $threshold } では実行 A の再現率が少なくとも { $recall } 高く、実行 B の適合率が少なくとも { $precision } 高くなります。このモデルでは、α は主にしきい値がどこで切るかを決め、順位付けの良さは決めません。
lab-heading = 学習ラボ：{ $ratio } のデータで交差エントロピーと Focal Loss を比べる
lab-intro-1 = 2 つのロジスティック回帰モデル A と B が、同じ合成データ上で同じ初期重みから足並みをそろえて学習します。違うのは損失だけです。
lab-intro-2 = 指標は同じ方法で生成した別のテスト分割で測ります。不均衡のもとでは正解率は何も語りません（すべてを「負」と予測しても正解率は { $accuracy }）ので、AP、適合率、再現率を見てください。
lab-capped = { $asked } 個ではなく { $used } 個の正例を使います：この比率では 1 つの分割は最大 { $max } 個のサンプルしか持てません。
lab-bayes = 可能な最良の AP（テスト分割のベイズ最適な順位付け）
lab-buttons = 学習
lab-play = 再生
lab-pause = 一時停止
lab-step = 1 エポック進める
lab-reset = リセット
lab-epoch = エポック
lab-export-csv = データを書き出す（CSV）
lab-export-json = 履歴を書き出す（JSON）
lab-chart-pending = 学習ラボのグラフ（データが描かれると表示）
heatmap-summary = { $title }：平面上のモデルの確率（青が負、橙が正）。正例 { $positives } 個と負例 { $negatives } 個の標本を表示。
run-heading = 実行 { $run } — { $loss }
run-train-loss = 学習損失
run-test-loss = テスト損失
run-ap = AP（テスト）
run-ap-share = 可能な最良値に対する AP の割合
run-roc-auc = ROC-AUC（テスト）
run-precision = しきい値 { $threshold } での適合率
run-recall = しきい値 { $threshold } での再現率
run-easy-share = 易しいサンプルの損失の割合（p_t > { $pt }）
run-weights = 重み（x, y, x², y², xy, バイアス）：
confusion-caption = 実行 { $run }、しきい値 { $threshold }
confusion-predicted-pos = 予測 +
confusion-predicted-neg = 予測 −
confusion-actual-pos = 実際 +
confusion-actual-neg = 実際 −
scenario-modified = これらの設定はシナリオのものと異なるため、シナリオの主張が成り立たないことがあります。
scenario-restore = シナリオの設定に戻す
settings-heading = 設定
settings-data = データ
settings-shape-note = この配置では、どの実行も可能な最良の AP に届きません：最良の境界は難しい負例に対する曲線と易しい塊に対する別の曲線からなりますが、モデルが引けるのは 1 本の直線（二次特徴量があれば 1 本の二次曲線）だけです。
settings-optimisation = 最適化（両方の実行）
settings-adaptive = 適応的 γ：{ $start } → { $end }
settings-run = 実行 { $run }
settings-note = 設定を変えると新しい実験が始まります（両方の実行がリセットされます）。γ のスケジュールが線形のときは、Focal Loss の各実行の γ を置き換えます。
diverged-loss = 学習損失が無限大または NaN になりました
diverged-weights = 重みが無限大または NaN になりました
diverged-exploded = 学習損失が最初の値の { $times }× 以上に爆発しました（{ $loss }）
lab-diverged = 実行 { $run } がエポック { $epoch } で発散しました：{ $why }。学習を一時停止しています。学習率を下げるか、勾配クリップかウォームアップを有効にしてから「リセット」を押してください。
lab-diverged-short = 実行 { $run }、エポック { $epoch }：{ $why }
heatmap-title = 実行 { $run }（{ $loss }）：p(正)
published-summary = 参考：公表された結果（COCO、深い検出器。ここでは計算していません）
published-1a-label = 論文の表 1a
published-1a = Lin ら 2017、表 1a：α でバランスした CE（γ = 0）、ResNet-50、COCO minival
published-1b-label = 論文の表 1b
published-1b = Lin ら 2017、表 1b：Focal Loss、各 γ での最良の α
published-coco-label = COCO の検出器の表
published-coco = 各論文が報告した COCO test-dev の結果（速度は各論文自身のハードウェアでのもので、行どうしは比較できません）
published-col-detector = 検出器
published-col-backbone = バックボーン
published-col-source = 出典
detector-fcos-improved = 改良版 FCOS
source-fpn = Lin ら 2017（FPN）、RetinaNet の表 2 より
source-dssd = Fu ら 2017（DSSD）、RetinaNet の表 2 より
source-retinanet = Lin ら 2017、表 2
source-fcos = Tian ら 2019（ICCV）、表 5
source-fcos-improved = Tian ら 2019、表 5（後の改良を含む行）
lab-series-train = { $run } 学習
lab-series-test = { $run } テスト
lab-loss-title = 損失 ÷ エポック 0 の損失
lab-loss-axis = 相対損失
lab-series-ap = { $run } AP
lab-bayes-series = 可能な最良値（ベイズ）
lab-ap-title = 平均適合率（テスト）
lab-series-precision = { $run } 適合率
lab-series-recall = { $run } 再現率
lab-pr-epochs-title = しきい値 { $threshold } での適合率と再現率（テスト）
lab-fraction-axis = 割合
lab-pr-title = 現在の適合率–再現率（テスト）
lab-axis-recall = 再現率
lab-axis-precision = 適合率
lab-axis-epoch = エポック
cdf-positives = 正例 γ = { $gamma }
cdf-negatives = 負例 γ = { $gamma }
cdf-title = 損失の CDF、実行 { $run }（論文の図 4）
cdf-axis-x = サンプルの割合
cdf-axis-y = 累積正規化損失
quiz-ce-over-fl-q = γ = { $gamma }、α なしで、易しいサンプルの p_t = { $pt } です。その Focal Loss は交差エントロピーの何分の 1 ですか？
quiz-ce-over-fl-why = (1 − p_t)^γ = { $base }² = { $factor } なので、Focal Loss は CE の { $ratio } 分の 1 です（{ $fl } 対 { $ce }）。論文の要点：易しいサンプルはもうほとんど数に入りません。
quiz-alpha-class-q = α = { $alpha } のとき、重みが大きいのはどちらのクラスですか？
quiz-alpha-class-positives = 正例（稀なクラス）
quiz-alpha-class-negatives = 負例（背景）
quiz-alpha-class-both = どちらも同じ
quiz-alpha-class-why = α は正例の重み、1 − α は負例の重みです：{ $pos } 対 { $neg }。論文では γ = 2 で α = 0.25 が最良でした：Focal Loss がすでに多数の易しい負例を静かにさせているので、稀なクラスに必要な手助けは α でバランスした CE が与えるより少なくて済みます。
quiz-prior-bias-q = 新しいモデルがすべてのアンカーで p = { $prior } を予測する（事前確率 π = { $prior }）には、バイアス b をいくつにすればよいですか？
quiz-prior-bias-why = b = −ln((1 − π)/π) = −ln(99) = { $bias }。ここから始めれば、{ $negatives } 個の易しい負例が学習の最初のステップを支配しません（論文の §3.3）。b = 0 ではすべてのアンカーが p = 0.5 から始まります。
quiz-gamma-zero-q = γ = 0、α なしのとき、Focal Loss は…
quiz-gamma-zero-exact = 交差エントロピーとまったく同じ
quiz-gamma-zero-half = 交差エントロピーの半分
quiz-gamma-zero-easy = 易しいサンプルではゼロ
quiz-gamma-zero-why = すべての p_t で (1 − p_t)⁰ = 1 なので、すべてのサンプルで FL = CE です（ここではロジット −20 から 20、両クラスで確認済み）。α があれば α でバランスした CE になります。
quiz-neg-share-q = 正例 1 つに対して負例 { $negatives } 個（不均衡ビューの分布）のとき、交差エントロピー損失のうち負例によるものは何割ですか？（% で）
quiz-neg-share-why = CE 損失の { $share } は負例によるものです。易しい負例一つひとつの損失は小さくても、正例 1 つあたり 1000 個もあるからです。これこそ Focal Loss が対象とした不均衡です。
quiz-hard-gradient-q = 難しいサンプル（p_t = { $pt }、γ = { $gamma }、α なし）：Focal Loss は交差エントロピーの勾配 |dCE/dlogit| のうちどれだけを残しますか？
quiz-hard-gradient-all = ほぼすべて
quiz-hard-gradient-half = 約半分
quiz-hard-gradient-tenth = 約 10 分の 1 以下
quiz-hard-gradient-why = { $kept } を残します（{ $fl } 対 { $ce }）。易しいサンプル（p_t = 0.9）が残すのは { $easy } だけです。Focal Loss が下げるのは易しいサンプルの勾配であり、難しいサンプルの勾配ではないので、難しいサンプルが主導します。
quiz-alpha-ap-q = ラボの α シナリオ（γ = 2）で、α = 0.75 の代わりに 0.25 にすると平均適合率はどうなりますか？
quiz-alpha-ap-raises = はっきり上がる
quiz-alpha-ap-lowers = はっきり下がる
quiz-alpha-ap-barely = ほとんど変わらない：α が動かすのはしきい値で、順位ではない
quiz-alpha-ap-why = テストで試したすべてのシードで 2 つの実行の AP の差は 0.01 以内にとどまり、一方でしきい値では α = 0.75 の方が再現率が高く、α = 0.25 の方が適合率が高くなります：クラスの重みはスコアがどこに来るかをずらすだけで、その順序は変えません。
quiz-fl-above-ce-q = Focal Loss（γ ≥ 0、α は [0, 1] またはなし）が同じサンプルで交差エントロピーより大きくなることはありますか？
quiz-fl-above-ce-yes = ある、難しいサンプルで
quiz-fl-above-ce-no = ない、決して
quiz-fl-above-ce-why = ありません：(1 − p_t)^γ ≤ 1 かつ α_t ≤ 1 なので、すべてのサンプルで FL = α_t (1 − p_t)^γ CE ≤ CE です。Focal Loss は減らすだけで、難しいサンプルからは易しいサンプルより少なく減らします。
quiz-not-a-number = 「{ $raw }」は数値ではありません。
quiz-pick-first = まず答えを 1 つ選んでください。
quiz-right = 正解です。{ $why }
quiz-wrong = 惜しい：{ $answer }。{ $why }
quiz-label = 確認問題：{ $panel }
quiz-heading = 確認問題
quiz-your-answer = あなたの答え…
quiz-check = 答え合わせ
quiz-forget = 取り消す
exercise-group-shared = γ、α、事前確率 π（複数のパネルで共有）
exercise-free = 自由に動かせる
exercise-locked = このページの値で固定
exercise-hidden = 非表示
exercise-heading = 演習リンクを作る
exercise-note = リンクはこのページの現在の値を保ちます：先に値を設定し、それから学習者に何を見せるかを選んでください。固定されたコントロールは値を表示し、動かせません。
exercise-panels = 表示するパネル
exercise-controls = コントロール
exercise-checks = 出題する確認問題
exercise-present = プレゼンテーションモードで開く
exercise-link = 演習リンク：
exercise-copy = リンクをコピー
exercise-preview = プレビュー
exercise-open-tab = 新しいタブで開く
exercise-frame = 演習リンクのプレビュー
exercise-embed = または、同じコントロールを非表示・固定にして 1 つのパネルを埋め込む：
exercise-snippet = 埋め込み用スニペット
present-intro = プレゼンテーションモード：→ と ← で { $total } 個のプリセットを順に表示します。
present-region = プレゼンテーション
present-back = 前のプリセット
present-next = 次のプリセット
present-exit = プレゼンテーションモードを終了
code-copy = コピー
code-returns = 現在の点での戻り値
code-listing = { $library } のコード
code-intro = エクスプローラーの現在の点（p_t = { $pt }、{ $class }のサンプル）、γ = { $gamma }、{ $alpha } の場合：
code-positive = 正例
code-negative = 負例
code-no-alpha = α なし
code-conventions = ライブラリによって異なる慣習
convention-torchvision = torchvision と fvcore は正例に α、負例に 1 − α を与えます。α = −1（fvcore の既定値）で重み付けはオフになります。torchvision の既定値は α = 0.25 です。
convention-keras-alpha = Keras の BinaryFocalCrossentropy は apply_class_balancing=True（既定値は False）でない限り α を無視します。
convention-keras-clip = Keras は確率を [1e-7, 1 − 1e-7] にクリップするので、from_logits=True でも損失は −ln(1e-7) ≈ 16.1 で頭打ちになります。一方 torchvision の損失はロジットに比例して増え続けます。
convention-categorical = Keras の CategoricalFocalCrossentropy はすべてのクラスに α（スカラーまたはクラスごとの値）を掛けます。kornia はスカラーの α の場合、クラス 0 に重み 1 − α、他のすべてのクラスに α を与えます。
convention-soft = ソフトラベル：torchvision はソフトな y で p_t = p·y + (1 − p)(1 − y) を使います。kornia の二値 Focal Loss は 2 つの対数項を別々に重み付けするので、0 < y < 1 では両者は異なります。
yours-kept = { $problem } 以前に表示していたデータはそのままです。
yours-unreadable = ファイルを読み込めませんでした（{ $why }）。以前に表示していたデータはそのままです。
yours-intro = Focal Loss はあなたのモデルの出力に何をするでしょうか？ヘッダー行のある表を読み込んでください：label（0 または 1）と、logit（生のスコア）か prob（正例クラスの確率）のどちらか一方。ほかの列は無視され、カンマ、タブ、セミコロン、空白のどれで区切っても構いません。検出器のクラスごとのシグモイド出力は、アンカーとクラスごとに 1 行になります：そのクラスの物体に割り当てられたアンカーでは label が 1 です。
yours-privacy = ファイルはこのタブの中で読み込まれ、外に出ることはありません：何もアップロードされず、データはリンクにも入りません（リンクが保つのは γ と α だけです）。
yours-open = ファイルを開く（またはこのパネルにドロップ）
yours-sample = サンプルを読み込む（アンカー { $anchors } 個、{ $ratio }）
yours-paste = 代わりに行を貼り付ける
yours-paste-label = 行（最初にヘッダー）
yours-load = 貼り付けた行を読み込む
yours-reading = 読み込み中…
yours-described = { $source } から { $rows } 行（{ $delimiter }、{ $column } 列）を { $seconds } 秒で読み込み・集計しました。
yours-none-refused = 拒否された行はありません。
yours-refused-line = { $line } 行目：{ $problem }
yours-refused-many = { $n } 行が拒否されました（正常な行は使われます）。最初の { $listed } 行：
yours-refused-one = 1 行が拒否されました（正常な行は使われます）：
yours-refused-some = { $n } 行が拒否されました（正常な行は使われます）：
source-pasted = 貼り付けたテキスト
source-sample = 生成したサンプル
unreadable-slice = ファイルを分割できませんでした
unreadable-refused = ブラウザが読み込みを拒否しました
delimiter-commas = カンマ区切り
delimiter-tabs = タブ区切り
delimiter-semicolons = セミコロン区切り
delimiter-spaces = 空白区切り
yours-rows = 使用した行
yours-refused = 拒否された行
yours-ap = 平均適合率
yours-shares = 損失はどこから来るか
yours-shares-estimated = 損失はどこから来るか（ドラッグ中は推定値）
yours-shares-exact = 損失はどこから来るか（全行で正確に計算）
yours-col-share = 全体に占める割合
yours-col-ce = 交差エントロピー
yours-col-fl = Focal Loss
yours-row-neg = 負例による損失
yours-row-easy = 易しいサンプルによる損失（p_t > { $pt }）
yours-row-grad = 負例による |勾配|
yours-prior = 正例の割合 π
yours-mean-p = 予測 p の平均
yours-bias = 事前バイアス b = −ln((1 − π)/π)
yours-alpha-freq = 件数からの α
yours-pt-summary = 各クラスのサンプルが p_t 上にどう分布しているか（対数オッズの軸）。
yours-share-summary = γ = { $gamma } で、負例は Focal Loss の { $fl }、その勾配の { $grad } を担います。交差エントロピーでは { $ce } です。
calibration-none = 正例がないので比べる割合がありません
calibration-close = 平均的にはほぼ較正されています
calibration-over = 割合の { $ratio }×：平均的に正例を過大に予測しています
calibration-under = 割合の { $ratio }×：平均的に正例を過小に予測しています
yours-prior-sentence = あなたのモデルの平均確率は { $mean }、正例の割合は π = { $prior } です：{ $verdict }。論文の事前バイアス b = { $bias } から始めたモデルは、すべてのアンカーで p = π を予測します。
yours-pt-title = あなたのサンプルの位置
yours-pt-axis = クラス内の割合
yours-share-gradient = その |勾配|
yours-share-title = この α での、あなたの負例の割合と γ の関係
row-not-a-number = { $column }「{ $text }」は数値ではありません
row-not-finite = { $column } が NaN または無限大です
row-label = ラベル { $value } は 0 でも 1 でもありません
row-prob-range = 確率 { $value } が [0, 1] の範囲外です
row-infinite-loss = 誤ったクラスでちょうど 0 または 1 の確率（損失が無限大）
row-missing = { $column } 列がありません
row-column-count = ヘッダーは { $expected } 列なのに { $found } 列あります
file-empty = ファイルが空です。
file-header-only = ファイルにはヘッダー行だけがあり、データ行がありません。
file-no-label = ヘッダーに「label」列がありません（負例は 0、正例は 1）。
file-both-scores = ヘッダーに「logit」と「prob」の両方があります：損失がどちらを使うかはっきりさせるため、一方だけにしてください。
file-no-score = ヘッダーに「logit」（生のスコア）も「prob」（正例クラスの確率）もありません。
file-not-text = これはテキストファイルではありません：予測を CSV または TSV で保存してください。
file-too-large = ファイルは { $size } MB で、上限は { $limit } MB です。先に行を間引いてください（k 個ごとのアンカー）。
file-no-good-rows = 使える行がありませんでした。最初の数行の理由を示します。
bug-alpha-everywhere-title = すべてのサンプルに α
bug-alpha-everywhere-why = α がすべてのサンプルの損失に掛かっているので、単なるスケールにすぎません：負例には 1 − α を与えるべきです。
bug-alpha-swapped-title = α の向きが逆
bug-alpha-swapped-why = 負例に α、正例に 1 − α が与えられています：α = 0.25 では、重みが下がるのは負例ではなく稀な正例になります。
bug-log10-title = 底が 10 の対数
bug-log10-why = 交差エントロピーが log₁₀ で計算されているので、どの損失も本来の値の 1/ln 10 ≈ 0.434 倍です。
bug-log2-title = 底が 2 の対数
bug-log2-why = 交差エントロピーが log₂ で計算されているので、どの損失も本来の値の 1/ln 2 ≈ 1.44 倍です。
bug-no-gamma-title = γ が無視されている
bug-no-gamma-why = 変調係数 (1 − p_t)^γ がありません：γ がいくつでも、損失は α でバランスした交差エントロピーです。
bug-gamma-on-p-title = p_t ではなく p に γ
bug-gamma-on-p-why = 係数が p_t ではなく正例クラスの確率 p を使っています：負例では (1 − p)^γ は易しいときに最大になるので、易しい負例の重みが下がるどころか上がります。
bug-double-sigmoid-title = シグモイドを 2 回適用
bug-double-sigmoid-why = 入力がすでに適用済みのシグモイドをもう一度通っているため、どの p も (0.5, 0.73) に収まり、損失はロジットにほとんど依存しません。
bug-double-sigmoid-fix = シグモイドを適用する関数にはロジットを、適用しない関数には確率を渡してください。
bug-keras-clamp-title = Keras のクリップ（慣習）
bug-keras-clamp-why = バグではありません：Keras と同様に対数の中で p を [1e-7, 1 − 1e-7] にクリップしているので、大きく間違ったサンプルの損失は −ln(1e-7) ≈ 16.1 で止まります。
bug-keras-clamp-fix = Keras の BinaryFocalCrossentropy のつもりなら直す必要はありません。torchvision に合わせるなら、ロジットから CE を計算してください。
bug-mean-title = 平均
bug-mean-why = あなたの 1 つの数値は正確な損失の平均です（reduction="mean"）。
bug-mean-fix = 平均のつもりなら正しいです。論文は代わりに正例の数で正規化します。
bug-sum-title = 合計
bug-sum-why = あなたの 1 つの数値は正確な損失の合計です（reduction="sum"）。
bug-sum-fix = 合計のつもりなら正しいです。
bug-sum-over-positives-title = 合計を正例の数で割ったもの
bug-sum-over-positives-why = あなたの 1 つの数値は正確な損失の合計を正例の数で割ったものです：論文の正規化です。
bug-sum-over-positives-fix = 正しいです：RetinaNet はこのように（物体に割り当てられたアンカーの数で）正規化します。
paste-empty = まず関数の出力を貼り付けてください：1 行に 1 つの数値、入力の順に。
paste-not-a-number = { $index } 番目の値（「{ $text }」）は数値ではありません。出力だけを 1 行に 1 つずつ貼り付けてください。
paste-count = { $found } 個の数値が貼り付けられました。{ $expected } 個（check-inputs.csv の 1 行につき 1 つ、reduction="none"）または 1 個（集約された損失）のはずです。
not-a-python-name = 「{ $name }」は Python の名前ではありません
check-intro = 公開されている Focal Loss のコードは、同じいくつかのバグを何度も繰り返しています。あなたのコードをこの { $rows } 行（ロジットは ±30 まで、γ は 0 から 5、α = 0.25、0.5、0.75、またはなしを表す −1、torchvision と同じ）で reduction="none" として実行し、出力を貼り付けて、正しいかどうか、正しくなければどのバグで説明できるかを確かめてください。
check-step-inputs = 1. 入力
check-download = { $file } をダウンロード
check-columns = 列は { $columns }。このページと同じ場所の { $file } にもあります。
check-step-pytest = 2. または生成した pytest ファイル
check-module = モジュール
check-function = 関数
check-pytest-note = { $call }（torchvision のシグネチャ）を float64 と float32 で呼び出し、正確な値と比べます（float32：相対誤差 { $rtol } 以内、または { $floor } 未満では { $atol } 以内）。{ $command } で、下に貼り付ける出力が表示されます。
check-step-paste = 3. 出力を貼り付ける
check-paste-label = 1 行に 1 つの数値、入力の順に（表示したテンソルでも可）。集約された損失なら数値 1 つ
check-run = 確認
check-or-try = または試す：
check-an-example = 例…
check-exact = 正確な値
check-float32 = 正しい値（float32）
check-gallery = バグ図鑑
check-usually = よくある書き方：
check-fix = 修正：
check-correct = 正しいです：すべての行が正確な Focal Loss と一致します。
check-bug = バグ：{ $bug }。
check-reduced = 集約された損失：{ $reduction }。
check-closest = 最も近い図鑑の項目「{ $bug }」は { $rows } 行中 { $n } 行で一致します。
check-no-match = 一致なし：出力は正確な値でも、図鑑のどのバグでもありません。
check-no-match-end = 差が最も大きい行を下に示します。
check-largest = 正確な値に対する最大誤差：
check-floor = （相対誤差。{ $floor } 未満の値は { $floor } として扱います）。
check-disagree = { $rows } 行中 { $n } 行が一致しません。
check-row-by-row = 行ごと
check-table = あなたの出力（行ごと）
check-col-yours = あなたの値
check-col-expected = 期待値
check-col-error = 誤差
export-series = 系列
export-p-positive = p(正)
