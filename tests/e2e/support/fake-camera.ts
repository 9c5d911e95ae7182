import { execFileSync } from "node:child_process";

/** Chromium's flags that make its camera play a video file instead of a device, with camera access granted. */
export const fakeCameraArgs = (video: string): string[] => [
  "--use-fake-ui-for-media-stream",
  "--use-fake-device-for-media-stream",
  `--use-file-for-fake-video-capture=${video}`,
];

const ffmpeg = (args: string[]) => execFileSync("ffmpeg", ["-y", "-loglevel", "error", ...args]);

/**
 * Makes the video Chromium's fake camera plays in a loop (Y4M, raw frames): the picture scaled up to most of a
 * 1280×720 frame and centred on white, as a phone held over a printed QR code sees it.
 */
export const fakeCameraVideo = (picture: string, video: string): string => {
  ffmpeg([
    ...["-loop", "1", "-i", picture],
    ...["-vf", "scale=-2:640:flags=neighbor,pad=1280:720:(ow-iw)/2:(oh-ih)/2:color=white"],
    ...["-t", "2", "-r", "5", "-pix_fmt", "yuv420p", video],
  ]);
  return video;
};

/** Makes a photo of the picture as a phone takes it: on a greyish page, turned a few degrees, a little dim, JPEG. */
export const fakePhoto = (picture: string, photo: string): string => {
  ffmpeg([
    ...["-i", picture],
    ...[
      "-vf",
      "scale=900:-2:flags=neighbor,pad=1200:1100:(ow-iw)/2:(oh-ih)/2:color=0xf2efe6,rotate=4*PI/180:fillcolor=0xd8d4c8,eq=brightness=-0.04:contrast=0.9",
    ],
    ...["-q:v", "4", photo],
  ]);
  return photo;
};
