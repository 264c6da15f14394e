/** The emoji shortcodes people use most (Hugo knows GitHub's full list; these are a common subset). */
export const emoji: Record<string, string> = {
  smile: '😄', smiley: '😃', grinning: '😀', laughing: '😆', joy: '😂', wink: '😉', blush: '😊', heart_eyes: '😍',
  sunglasses: '😎', thinking: '🤔', neutral_face: '😐', confused: '😕', cry: '😢', sob: '😭', angry: '😠', rage: '😡',
  scream: '😱', sweat_smile: '😅', slightly_smiling_face: '🙂', upside_down_face: '🙃', innocent: '😇', tada: '🎉',
  heart: '❤️', broken_heart: '💔', sparkles: '✨', star: '⭐', fire: '🔥', '+1': '👍', thumbsup: '👍', '-1': '👎',
  thumbsdown: '👎', clap: '👏', wave: '👋', pray: '🙏', ok_hand: '👌', muscle: '💪', eyes: '👀', point_right: '👉',
  rocket: '🚀', warning: '⚠️', x: '❌', white_check_mark: '✅', heavy_check_mark: '✔️', question: '❓',
  exclamation: '❗', bulb: '💡', memo: '📝', book: '📖', books: '📚', link: '🔗', lock: '🔒', key: '🔑', bug: '🐛',
  zap: '⚡', coffee: '☕', beer: '🍺', pizza: '🍕', cake: '🍰', gift: '🎁', calendar: '📆', email: '📧', phone: '☎️',
  computer: '💻', wrench: '🔧', hammer: '🔨', gear: '⚙️', mag: '🔍', chart_with_upwards_trend: '📈', moneybag: '💰',
  sunny: '☀️', cloud: '☁️', umbrella: '☔', snowflake: '❄️', rainbow: '🌈', earth_americas: '🌎', globe_with_meridians: '🌐',
  cat: '🐱', dog: '🐶', see_no_evil: '🙈', hundred: '💯', '100': '💯', poop: '💩', hankey: '💩', construction: '🚧',
  checkered_flag: '🏁', trophy: '🏆', medal_sports: '🏅', musical_note: '🎵', camera: '📷', house: '🏠', car: '🚗',
  airplane: '✈️', hourglass: '⌛', alarm_clock: '⏰', bell: '🔔', pushpin: '📌', paperclip: '📎', scissors: '✂️',
  information_source: 'ℹ️', no_entry: '⛔', recycle: '♻️', copyright: '©️', registered: '®️', tm: '™️',
};

const shortcodeRE = /:([a-z0-9_+-]+):/g;

export function emojify(text: string): string {
  return text.replace(shortcodeRE, (whole, name: string) => emoji[name] ?? whole);
}
